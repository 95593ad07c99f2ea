// Validation messages are field words, never the validation library's text.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkInput } from './check';

function errors(schema: z.ZodType, input: unknown): Record<string, string> {
  const checked = checkInput(schema, input);
  return checked.ok ? {} : checked.fieldErrors;
}

describe('field words for schema checks', () => {
  it('turns library text into words a person reads', () => {
    const schema = z.object({
      count: z.coerce.number().positive(),
      quota: z.coerce.number().int().min(0).max(100),
      name: z.string().min(3).max(5),
      empty: z.string().min(1),
      kind: z.enum(['a', 'b']),
      list: z.array(z.number()).min(1),
      missing: z.string(),
      whole: z.coerce.number().int(),
      at: z.string().email(),
    });
    expect(
      errors(schema, { count: '0', quota: '101', name: 'ab', empty: '', kind: 'c', list: [], whole: '1.5', at: 'x' }),
    ).toEqual({
      count: 'Enter a number above 0.',
      quota: 'Enter a number of at most 100.',
      name: 'Enter at least 3 characters.',
      empty: 'Fill in this field.',
      kind: 'Choose one of the options.',
      list: 'Choose at least one.',
      missing: 'Fill in this field.',
      whole: 'Enter a whole number.',
      at: 'Check the format of this field.',
    });
    expect(
      errors(z.object({ name: z.string().max(5), n: z.coerce.number().min(2) }), { name: 'abcdefg', n: '1' }),
    ).toEqual({ name: 'At most 5 characters.', n: 'Enter a number of at least 2.' });
    // a message written in the schema wins
    expect(errors(z.object({ n: z.coerce.number().positive('Enter the amount.') }), { n: '-1' })).toEqual({
      n: 'Enter the amount.',
    });
    expect(JSON.stringify(errors(schema, {}))).not.toMatch(/expected|Invalid input|Too small/);
  });
});
