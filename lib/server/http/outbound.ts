import 'server-only';
// The one HTTP client for requests the console makes on a customer's behalf (callbacks):
// private, loopback, link-local, multicast, unspecified and metadata addresses are refused when a
// URL is saved and again after DNS resolution when it is used (request-filtering-agent checks the
// address it actually connects to). Redirects are never followed. An operator may allow internal
// targets: CALLBACK_ALLOW_PRIVATE=1, or CALLBACK_ALLOWED_HOSTS=host1,host2.
import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

export interface OutboundPolicy {
  allowPrivate: boolean;
  allowHosts: string[];
}

export function outboundPolicy(): OutboundPolicy {
  return {
    allowPrivate: process.env.CALLBACK_ALLOW_PRIVATE === '1',
    allowHosts: (process.env.CALLBACK_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  };
}

/** A public unicast address; everything else (private, loopback, link-local, …) is refused. */
export function isPublicAddress(ip: string): boolean {
  try {
    return ipaddr.process(ip).range() === 'unicast';
  } catch {
    return false;
  }
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/** Why a URL may not be called (a message for the field), or null when it may. */
export async function checkOutboundUrl(raw: string, policy: OutboundPolicy = outboundPolicy()): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Enter a complete http:// or https:// address.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Enter an http:// or https:// address.';
  if (url.username || url.password) return 'Leave user names and passwords out of the address.';
  const host = hostOf(url);
  if (policy.allowPrivate || policy.allowHosts.includes(host)) return null;
  // The WHATWG parser already turned 2130706433, 0x7f.1 and 017700000001 into 127.0.0.1.
  if (net.isIP(host))
    return isPublicAddress(host)
      ? null
      : 'This address points inside a private network (loopback, private, link-local or metadata); use a public address.';
  let addresses: { address: string }[];
  try {
    addresses = await dns.lookup(host, { all: true, verbatim: true });
  } catch {
    return 'The host name could not be resolved.';
  }
  if (addresses.some((a) => !isPublicAddress(a.address)))
    return 'This host name resolves to an address inside a private network; use a public address.';
  return null;
}

export interface OutboundAnswer {
  status: number;
  /** At most 64 KB of the answer, for the acknowledgement check only; never stored or shown. */
  text: string;
  durationMs: number;
}

const MAX_ANSWER = 64 * 1024;

/** POSTs JSON through the filtering agent; no redirects are followed (a 3xx is just an answer). */
export async function postJson(
  raw: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  policy: OutboundPolicy = outboundPolicy(),
): Promise<OutboundAnswer> {
  const problem = await checkOutboundUrl(raw, policy);
  if (problem) throw new Error(`refused: ${problem}`);
  const url = new URL(raw);
  const trusted = policy.allowPrivate || policy.allowHosts.includes(hostOf(url));
  const secure = url.protocol === 'https:';
  const agent = trusted ? undefined : secure ? new RequestFilteringHttpsAgent() : new RequestFilteringHttpAgent();
  const started = performance.now();
  return new Promise<OutboundAnswer>((resolve, reject) => {
    const req = (secure ? https : http).request(
      url,
      {
        method: 'POST',
        agent,
        timeout: timeoutMs,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < MAX_ANSWER) chunks.push(c);
          size += c.length;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8').slice(0, MAX_ANSWER),
            durationMs: Math.round(performance.now() - started),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error(`no answer within ${timeoutMs / 1000} s`), { name: 'TimeoutError' })),
    );
    req.on('error', (err) =>
      reject(/is not allowed/.test(err.message) ? new Error('refused: the address is inside a private network') : err),
    );
    req.end(body);
  });
}
