'use server';
import { runAction, serverAction } from '@/lib/server/action';
import { deleteColumnMapping, saveColumnMapping } from '@/lib/server/imports/column-mappings';
import { columnMappingInput } from '@/lib/schemas/imports';

/** Saves the column mapping of a checked file under a name. */
export const saveColumnMappingAction = serverAction(columnMappingInput, saveColumnMapping, null);

/** Deletes one of the account's saved column mappings; the import pages list it again without. */
export async function deleteColumnMappingAction(id: number) {
  return runAction((ctx) => deleteColumnMapping(ctx, Number(id)));
}
