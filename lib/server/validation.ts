import type { z } from 'zod';
import { AppError } from './errors';
import { installFieldMessages } from './zod-messages';

installFieldMessages();

/** Parses input with zod; problems become field errors shown next to the fields. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.') || '_';
    fieldErrors[key] ??= issue.message;
  }
  throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', fieldErrors);
}
