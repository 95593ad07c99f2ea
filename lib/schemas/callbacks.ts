import { z } from 'zod';

/** A callback address; empty turns callbacks off. Where it points is checked on the server (no private targets). */
export const callbackUrlInput = z.object({
  url: z
    .string()
    .trim()
    .max(500, 'At most 500 characters.')
    .refine(
      (v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v),
      'Enter an http:// or https:// address, or leave it empty to turn callbacks off.',
    ),
});
export type CallbackUrlInput = z.output<typeof callbackUrlInput>;
