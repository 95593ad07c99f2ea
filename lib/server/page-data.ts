import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from './errors';

/** Runs a reader for a page; NOT_FOUND (including another account's id) becomes the 404 page. */
export function orNotFound<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  }
}

/** Runs a reader for one part of a page; a part the user may not see (FORBIDDEN) is left out (null). */
export function ifAllowed<T>(read: () => T): T | null {
  try {
    return read();
  } catch (err) {
    if (err instanceof AppError && err.code === 'FORBIDDEN') return null;
    throw err;
  }
}
