import 'server-only';
import { headers } from 'next/headers';

/** The caller's address and browser for sign-in throttling and the operation log. */
export async function clientInfo(): Promise<{ ip: string; userAgent: string | null }> {
  const h = await headers();
  const ip = h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'unknown';
  return { ip: ip.slice(0, 64), userAgent: h.get('user-agent') };
}
