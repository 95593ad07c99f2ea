'use server';
import { serverAction } from '@/lib/server/action';
import { saveColumnMapping } from '@/lib/server/imports/column-mappings';
import { columnMappingInput } from '@/lib/schemas/imports';

/** Saves the column mapping of a checked file under a name. */
export const saveColumnMappingAction = serverAction(columnMappingInput, saveColumnMapping, null);
