import 'server-only';
// The session cookie, written the way next-auth reads it (getServerSession decodes it), so the
// console's own sign-in action — throttled, with its second step — can start a session.
import { encode } from 'next-auth/jwt';
import { SESSION_MAX_AGE_S } from './sessions';

const secure = () => (process.env.NEXTAUTH_URL ?? '').startsWith('https://');

export function sessionCookieName(): string {
  return secure() ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}

export async function sessionCookie(user: { id: number; email: string; name: string }, sessionId: string) {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set');
  const value = await encode({
    token: { sub: String(user.id), sid: sessionId, email: user.email, name: user.name },
    secret,
    maxAge: SESSION_MAX_AGE_S,
  });
  return {
    name: sessionCookieName(),
    value,
    options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: secure(), maxAge: SESSION_MAX_AGE_S },
  };
}
