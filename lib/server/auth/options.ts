import 'server-only';
import type { AuthOptions } from 'next-auth';
import { SESSION_MAX_AGE_S } from './sessions';

/**
 * next-auth reads the session cookie (a JWT with the user id and the session id). Sign-in is the
 * console's own server action (lib/server/auth/sign-in.ts: throttled, two-factor): no provider
 * here, so /api/auth offers no second, unthrottled way in.
 */
export const authOptions: AuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: '/login' },
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (session.user) Object.assign(session.user, { id: token.sub, sid: token.sid });
      return session;
    },
  },
};
