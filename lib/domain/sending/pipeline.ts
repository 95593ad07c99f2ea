// The per-message pipeline (R-MSG-1): an ordered list of small checks; the first failing one
// gives the message's failure code. Checks are pure functions of a prepared context.

/** The order of R-MSG-1, with the codes each step can give. */
export const PIPELINE_ORDER = [
  { step: 'application', codes: [1019, 1020] },
  { step: 'account', codes: [1033] },
  { step: 'content', codes: [1012, 1014] },
  { step: 'identity', codes: [1032] },
  { step: 'length', codes: [1017] },
  { step: 'variables', codes: [1036, 1048] },
  { step: 'number', codes: [1016, 1034] },
  { step: 'country', codes: [1045] },
  { step: 'blocked', codes: [1015] },
  { step: 'marketing-hours', codes: [1030] },
  { step: 'frequency', codes: [1023, 1024, 1025, 1026] },
  { step: 'daily-limits', codes: [1022, 1045] },
  { step: 'international-quota', codes: [1047] },
  { step: 'balance', codes: [1031] },
] as const;

export type PipelineStep = (typeof PIPELINE_ORDER)[number]['step'];

export type CheckOutcome = { ok: true } | { ok: false; code: number; message?: string };

export interface Check<C> {
  step: PipelineStep;
  run(ctx: C): CheckOutcome;
}
