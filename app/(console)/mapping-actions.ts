'use server';
import { runAction } from '@/lib/server/action';
import { saveColumnMapping } from '@/lib/server/imports/column-mappings';

/** Saves the column mapping of a checked file under a name. */
export async function saveColumnMappingAction(input: { name: string; mapping: unknown; header: string[] | null }) {
  return runAction((ctx) => saveColumnMapping(ctx, input));
}
