// Expected failures are typed errors carried to the UI as a discriminated result,
// never a 500 or a stack trace (docs/conventions.md #4, R-UI-5).

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'CONFLICT'
  | 'LIMIT_REACHED'
  | 'INSUFFICIENT_BALANCE'
  | 'INTERNAL';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string> };

/** Turns a thrown error into a result; unexpected errors are logged and shown generically. */
export function toFailure(err: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (err instanceof AppError) {
    return { ok: false, code: err.code, message: err.message, fieldErrors: err.fieldErrors };
  }
  console.error('[sms-console] unexpected error', err);
  return { ok: false, code: 'INTERNAL', message: 'Something went wrong on the server. Nothing was changed.' };
}
