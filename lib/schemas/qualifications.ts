import type { z } from 'zod';
import { ids } from './common';

/** The qualifications a delete covers (each once). */
export const qualificationIds = ids('Select at least one qualification.', 100).transform((list) => [...new Set(list)]);
export type QualificationIds = z.output<typeof qualificationIds>;
