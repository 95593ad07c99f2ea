import { timingSafeEqual } from 'node:crypto';
import { getDb } from '@/db/client';
import { metrics } from '@/lib/server/metrics';

export const dynamic = 'force-dynamic';

function tokenMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Prometheus metrics. Off unless METRICS_TOKEN is set; then the scraper sends
 * `Authorization: Bearer <token>`.
 */
export async function GET(request: Request) {
  const expected = process.env.METRICS_TOKEN;
  if (!expected) return new Response('Metrics are off: set METRICS_TOKEN to turn them on.\n', { status: 404 });
  const given = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
  if (!tokenMatches(given, expected))
    return new Response('Unauthorized\n', { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  const m = metrics(getDb);
  return new Response(await m.registry.metrics(), { headers: { 'content-type': m.registry.contentType } });
}
