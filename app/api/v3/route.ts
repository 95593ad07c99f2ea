import { getDb } from '@/db/client';
import { RateLimiter } from '@/lib/domain/api/cloud';
import { handleCloudApi } from '@/lib/server/cloud-api/endpoint';

export const dynamic = 'force-dynamic';

/** Requests per second per API key; API_RATE_LIMIT overrides. */
const limiter = new RateLimiter(Number(process.env.API_RATE_LIMIT ?? 50));

/**
 * The cloud API 3.0 endpoint. `POST /` with an X-TC-Action header is rewritten here
 * (next.config.mjs), and `/api/v3/` redirects here with its body; the client may have signed
 * any of these paths.
 */
export function POST(req: Request): Promise<Response> {
  return handleCloudApi(req, { db: getDb(), paths: ['/', '/api/v3', '/api/v3/'], limiter });
}

/** GET answers UnsupportedProtocol in the contract's shape (HTTP 200, `Response.Error`). */
export const GET = POST;
