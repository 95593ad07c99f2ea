import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { accounts, users } from '@/db/schema';
import { codeOf, createWorld } from '@/lib/testing/world';
import { verifyPassword } from '../auth/password';
import { createAccount } from './create-account';
import { describePlatformOverview, listAccounts } from './list-accounts';
import { setAccountIdentity } from './set-account-identity';
import { changePassword } from '../users/change-password';
import { parseInput } from '@/lib/server/validation';
import { changePasswordInput } from '@/lib/schemas/users';
import { accountIdentityInput, createAccountInput } from '@/lib/schemas/accounts';

const input = {
  realName: 'Harbor Logistics Ltd.',
  identity: 'enterprise',
  ownerName: 'Chen Jie',
  ownerEmail: 'Chen@Harbor.local',
  ownerPassword: 'Harbor#2026',
};

describe('accounts (R-TEN-1)', () => {
  it('admin creates an account with a numeric id and an owner login with a bcrypt hash', () => {
    const w = createWorld();
    const { accountId, uin } = createAccount(w.ctxFor('admin@sms.local'), parseInput(createAccountInput, input));
    expect(String(uin)).toHaveLength(12); // one length for every account id
    expect(String(uin)).toMatch(/^100\d{9}$/);
    const owner = w.db.select().from(users).where(eq(users.email, 'chen@harbor.local')).get()!;
    expect(owner).toMatchObject({ role: 'owner', accountId });
    expect(owner.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(verifyPassword('Harbor#2026', owner.passwordHash)).toBe(true);
    const row = listAccounts(w.ctxFor('finance@sms.local')).find((a) => a.id === accountId)!;
    expect(row).toMatchObject({
      ownerEmail: 'chen@harbor.local',
      identity: 'enterprise',
      cashBalanceLi: 0,
      applicationCount: 0,
    });
    const demo = listAccounts(w.ctxFor('admin@sms.local')).find((a) => a.realName === 'Demo Tech Co., Ltd.')!;
    expect(demo).toMatchObject({ ownerEmail: 'owner@demo.local', applicationCount: 1 });
  });

  it('refuses a duplicate email and bad fields, creating nothing', () => {
    const w = createWorld();
    const admin = w.ctxFor('admin@sms.local');
    const before = w.db.select().from(accounts).all().length;
    expect(
      codeOf(() => createAccount(admin, parseInput(createAccountInput, { ...input, ownerEmail: 'owner@demo.local' }))),
    ).toBe('CONFLICT');
    expect(
      codeOf(() =>
        createAccount(admin, parseInput(createAccountInput, { ...input, identity: 'company', ownerPassword: 'short' })),
      ),
    ).toBe('INVALID_INPUT');
    expect(w.db.select().from(accounts).all().length).toBe(before);
  });

  it('only admins create accounts and set identity; finance reads; reviewers and customers do neither', () => {
    const w = createWorld();
    for (const who of ['finance@sms.local', 'reviewer@sms.local', 'owner@demo.local']) {
      expect(codeOf(() => createAccount(w.ctxFor(who), parseInput(createAccountInput, input)))).toBe('FORBIDDEN');
      expect(
        codeOf(() =>
          setAccountIdentity(w.ctxFor(who), parseInput(accountIdentityInput, { accountId: 1, identity: 'individual' })),
        ),
      ).toBe('FORBIDDEN');
    }
    expect(codeOf(() => listAccounts(w.ctxFor('reviewer@sms.local')))).toBe('FORBIDDEN');
    expect(codeOf(() => listAccounts(w.ctxFor('owner@demo.local')))).toBe('FORBIDDEN');
    expect(describePlatformOverview(w.ctxFor('reviewer@sms.local'))).toMatchObject({ accounts: 2, applications: 2 });
  });

  it('admin sets the identity type', () => {
    const w = createWorld();
    const demo = w.db.select().from(accounts).where(eq(accounts.realName, 'Demo Tech Co., Ltd.')).get()!;
    setAccountIdentity(
      w.ctxFor('admin@sms.local'),
      parseInput(accountIdentityInput, { accountId: demo.id, identity: 'individual' }),
    );
    expect(w.db.select().from(accounts).where(eq(accounts.id, demo.id)).get()!.identity).toBe('individual');
    expect(
      codeOf(() =>
        setAccountIdentity(
          w.ctxFor('admin@sms.local'),
          parseInput(accountIdentityInput, { accountId: 999, identity: 'individual' }),
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('change password', () => {
  it('requires the current password and the policy, then replaces the hash', () => {
    const w = createWorld();
    const ctx = w.ctxFor('solo@demo.local');
    expect(
      codeOf(() =>
        changePassword(
          ctx,
          parseInput(changePasswordInput, {
            currentPassword: 'nope',
            newPassword: 'Solo#2027',
            confirmPassword: 'Solo#2027',
          }),
        ),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        changePassword(
          ctx,
          parseInput(changePasswordInput, {
            currentPassword: 'Solo#2026',
            newPassword: 'Solo#2027',
            confirmPassword: 'Solo#2028',
          }),
        ),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        changePassword(
          ctx,
          parseInput(changePasswordInput, {
            currentPassword: 'Solo#2026',
            newPassword: 'abcdefgh',
            confirmPassword: 'abcdefgh',
          }),
        ),
      ),
    ).toBe('INVALID_INPUT');
    changePassword(
      ctx,
      parseInput(changePasswordInput, {
        currentPassword: 'Solo#2026',
        newPassword: 'Solo#2027',
        confirmPassword: 'Solo#2027',
      }),
    );
    const hash = w.db.select().from(users).where(eq(users.email, 'solo@demo.local')).get()!.passwordHash;
    expect(verifyPassword('Solo#2027', hash)).toBe(true);
    expect(verifyPassword('Solo#2026', hash)).toBe(false);
  });
});
