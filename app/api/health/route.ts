import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';

export const dynamic = 'force-dynamic';

/** 200 with JSON once the database answers; 503 otherwise. */
export function GET() {
  try {
    const row = getDb().get<{ ok: number }>(sql`select 1 as ok`);
    return Response.json({ status: 'ok', database: row.ok === 1 ? 'reachable' : 'unexpected' });
  } catch {
    return Response.json({ status: 'error', database: 'unreachable' }, { status: 503 });
  }
}
