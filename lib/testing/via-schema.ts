// Tests call a verb the way its server action does: the raw input (what a form or a request
// sends, valid or not) is checked with the verb's schema first, so field errors are tested too.
import type { z } from 'zod';
import type { Ctx } from '@/lib/server/context';
import { parseInput } from '@/lib/server/validation';

export function viaSchema<S extends z.ZodType, A extends unknown[], T>(
  schema: S,
  verb: (ctx: Ctx, input: z.output<S>, ...rest: A) => T,
): (ctx: Ctx, raw: unknown, ...rest: A) => T {
  return (ctx, raw, ...rest) => verb(ctx, parseInput(schema, raw), ...rest);
}
