'use server';
import { runAction } from '@/lib/server/action';
import { saveColumnMapping } from '@/lib/server/imports/column-mappings';

/** Saves the column mapping of a checked file under a name (issue 9 item 3). */
export async function saveColumnMappingAction(input: { name: string; mapping: unknown; header: string[] | null }) {
  return runAction((ctx) => saveColumnMapping(ctx, input));
}
