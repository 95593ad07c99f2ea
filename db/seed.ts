import { count, eq } from 'drizzle-orm';
import type { Db } from './client';
import { accounts, applications, users } from './schema';
import { hashPassword } from '../lib/server/auth/password';
import { systemContext, systemContextFor } from '../lib/server/system-context';
import { grantActivationGift } from '../lib/server/money/duties';
import { moveCash } from '../lib/server/money/ledger';
import { buyPackage } from '../lib/server/money/buy-package';
import { seedCountryPrices } from '../lib/server/money/international';
import { seedDemoContent } from '../lib/server/demo-content';
import { insertApiKey } from '../lib/server/api-keys/api-keys';

/** The demo account's API key pair (demo data only; never created outside the demo seed). */
export const DEMO_API_KEY = {
  secretId: 'AKIDDEMO00000000000000000000000000',
  secretKey: 'DemoSecretKey00000000000000000000',
};

/** The demo logins (README and the start command print them). */
export const DEMO_LOGINS = [
  { email: 'admin@sms.local', password: 'Admin#2026', role: 'admin', name: 'Platform Admin' },
  { email: 'reviewer@sms.local', password: 'Review#2026', role: 'reviewer', name: 'Content Reviewer' },
  { email: 'finance@sms.local', password: 'Finance#2026', role: 'finance', name: 'Finance Staff' },
  {
    email: 'owner@demo.local',
    password: 'Owner#2026',
    role: 'owner',
    name: 'Demo Owner',
    account: 'Demo Tech Co., Ltd.',
  },
  { email: 'solo@demo.local', password: 'Solo#2026', role: 'owner', name: 'Li Wei', account: 'Li Wei' },
] as const;

export function isEmpty(db: Db): boolean {
  return db.select({ n: count() }).from(users).get()!.n === 0;
}

/** Seeds the demo data when the database has no users; returns whether it seeded. */
export function seedDemo(
  db: Db,
  now = new Date(),
  hash: (plain: string) => string = hashPassword,
  options: { content?: boolean } = {},
): boolean {
  if (!isEmpty(db)) return false;
  const ids = db.transaction(
    (tx) => {
      const demo = tx
        .insert(accounts)
        .values({ uin: 100000000001, realName: 'Demo Tech Co., Ltd.', identity: 'enterprise', createdAt: now })
        .returning({ id: accounts.id })
        .get();
      const solo = tx
        .insert(accounts)
        .values({ uin: 100000000002, realName: 'Li Wei', identity: 'individual', createdAt: now })
        .returning({ id: accounts.id })
        .get();
      for (const login of DEMO_LOGINS) {
        const accountId = 'account' in login ? (login.account === 'Li Wei' ? solo.id : demo.id) : null;
        tx.insert(users)
          .values({
            email: login.email,
            name: login.name,
            passwordHash: hash(login.password),
            role: login.role,
            accountId,
            createdAt: now,
          })
          .run();
      }
      tx.insert(applications)
        .values({
          accountId: demo.id,
          sdkAppId: '1400100001',
          appKey: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
          name: 'Demo App',
          overview: 'Default application of the demo account',
          tags: ['demo'],
          status: 'enabled',
          createdAt: now,
          updatedAt: now,
        })
        .run();
      // The individual's own application, so its owner can follow qualification → signature → template → send.
      tx.insert(applications)
        .values({
          accountId: solo.id,
          sdkAppId: '1400100002',
          appKey: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
          name: 'Li Wei App',
          overview: 'Default application of the individual demo account',
          tags: [],
          status: 'enabled',
          createdAt: now,
          updatedAt: now,
        })
        .run();
      return { demo: demo.id, solo: solo.id };
    },
    { behavior: 'immediate' },
  );
  // Money goes through the ledger verbs so that `npm run ledger:verify` holds from the start.
  const sys = systemContext(db, now);
  seedCountryPrices(db, now);
  db.transaction(() => {
    grantActivationGift(sys, ids.demo);
    grantActivationGift(sys, ids.solo);
    moveCash(sys, { accountId: ids.demo, kind: 'credit', amountLi: 100_000_000, reason: 'Demo opening balance' });
    moveCash(sys, { accountId: ids.solo, kind: 'credit', amountLi: 1_000_000, reason: 'Demo opening balance' });
  });
  const demoRef = { id: ids.demo, uin: 100000000001, identity: 'enterprise' as const, realName: 'Demo Tech Co., Ltd.' };
  // Bought ten minutes before the seed, so it is usable at once (R-PKG-3 makes a package usable 5
  // minutes after purchase): a fresh demo can send more than its gift right away.
  buyPackage(systemContextFor(db, new Date(now.getTime() - 600_000), demoRef), {
    kind: 'fixed',
    count: 10_000,
    quantity: 1,
    agreed: true,
  });
  if (options.content !== false) seedDemoContent(db, now, demoRef);
  // A demo API key pair so a newcomer can point the official SDK here at once.
  const owner = db.select({ id: users.id }).from(users).where(eq(users.email, 'owner@demo.local')).get()!;
  insertApiKey(sys, {
    accountId: ids.demo,
    userId: owner.id,
    secretId: DEMO_API_KEY.secretId,
    secretKey: DEMO_API_KEY.secretKey,
    demo: true,
  });
  return true;
}
