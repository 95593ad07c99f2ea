import type { z } from 'zod';
import { checkInput } from '@/lib/schemas/check';
import { AppError } from './errors';

/** Parses input with its schema; problems become field errors shown next to the fields. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const checked = checkInput(schema, input);
  if (checked.ok) return checked.data;
  throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', checked.fieldErrors);
}
