// GET /api/metrics is off without METRICS_TOKEN, refuses a wrong token, and serves
// Prometheus text with the channel gauges read from the database.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorld } from '@/lib/testing/world';

const holder: { world?: ReturnType<typeof createWorld> } = {};
vi.mock('@/db/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/db/client')>()),
  getDb: () => holder.world!.db,
}));
holder.world = createWorld();
const { GET } = await import('./route');

afterEach(() => void delete process.env.METRICS_TOKEN);

describe('GET /api/metrics', () => {
  it('answers 404 while METRICS_TOKEN is unset, 401 for a wrong token, metrics for the right one', async () => {
    expect((await GET(new Request('http://x/api/metrics'))).status).toBe(404);
    process.env.METRICS_TOKEN = 's3cret-token';
    expect((await GET(new Request('http://x/api/metrics'))).status).toBe(401);
    expect(
      (await GET(new Request('http://x/api/metrics', { headers: { authorization: 'Bearer wrong' } }))).status,
    ).toBe(401);
    const res = await GET(new Request('http://x/api/metrics', { headers: { authorization: 'Bearer s3cret-token' } }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('sms_channel_up{channel="1",name="Simulator",kind="simulator"} 1');
    expect(text).toContain('sms_pending_messages 0');
    expect(text).toContain('# TYPE sms_messages_total counter');
    expect(text).toContain('# TYPE sms_submit_latency_seconds histogram');
  });
});
