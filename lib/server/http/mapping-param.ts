import 'server-only';
import { parseMapping, type ColumnMapping } from '@/lib/domain/sending/mapping';
import { AppError } from '../errors';

/** The optional ?mapping= (JSON column mapping); malformed is refused, not ignored. */
export function mappingParam(url: URL): ColumnMapping | undefined {
  const raw = url.searchParams.get('mapping');
  if (!raw) return undefined;
  const mapping = parseMapping(raw);
  if (!mapping)
    throw new AppError('INVALID_INPUT', 'The column mapping is not valid.', {
      mapping: 'Choose the phone number column.',
    });
  return mapping;
}
