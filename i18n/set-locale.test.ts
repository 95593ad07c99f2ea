// The language switch's action: anyone may call it, it changes only the caller's own preference.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { createWorld, type World } from '@/lib/testing/world';
import { contextForUser } from '@/lib/server/user-context';

let world: World;
let signedIn: string | null = null;
const jar = new Map<string, string>();

vi.mock('server-only', () => ({}));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    set: (name: string, value: string) => void jar.set(name, value),
    get: (name: string) => (jar.has(name) ? { value: jar.get(name) } : undefined),
  }),
}));
vi.mock('@/db/client', async (original) => ({
  ...(await original<typeof import('@/db/client')>()),
  getDb: () => world.db,
}));
vi.mock('@/lib/server/session', () => ({
  getActorContext: async () => {
    if (!signedIn) return null;
    const id = world.db.get<{ id: number }>(sql`select id from users where email = ${signedIn}`).id;
    return contextForUser(world.db, id, new Date());
  },
}));

const { setLocaleAction } = await import('@/app/locale/actions');
const localeOf = (email: string) =>
  world.db.get<{ locale: string | null }>(sql`select locale from users where email = ${email}`).locale;

beforeEach(() => {
  world = createWorld(new Date());
  signedIn = null;
  jar.clear();
});

describe('setLocaleAction (R-UI-4)', () => {
  it('anonymous: only the browser cookie; signed in: the user remembers it; nonsense is refused', async () => {
    expect(await setLocaleAction('zh-CN')).toEqual({ ok: true });
    expect(jar.get('NEXT_LOCALE')).toBe('zh-CN');
    expect(localeOf('owner@demo.local')).toBeNull();
    signedIn = 'owner@demo.local';
    await setLocaleAction('en-US');
    expect(localeOf('owner@demo.local')).toBe('en-US');
    expect(localeOf('solo@demo.local')).toBeNull();
    expect(await setLocaleAction('fr-FR')).toEqual({ ok: false });
    expect(localeOf('owner@demo.local')).toBe('en-US');
  });
});
