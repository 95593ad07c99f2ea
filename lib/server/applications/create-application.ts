import { INDIVIDUAL_FREQUENCY_CAP } from '@/lib/domain/sending/frequency';
import { fillText } from '@/lib/domain/notices';
import 'server-only';
import type { CreateApplicationInput } from '@/lib/schemas/applications';
import { and, count, eq, isNull } from 'drizzle-orm';
import { applications } from '@/db/schema';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { randomDigits, randomHex32 } from '../random';

/** R-APP-1: at most 500 applications per account. */
export const MAX_APPLICATIONS = 500;

/** Creates an application with a fresh SdkAppId and AppKey (R-APP-1, R-APP-2). */
export function createApplication(ctx: Ctx, data: CreateApplicationInput): { sdkAppId: string } {
  const account = requireAccount(ctx);
  ctx.authorize('CreateAppInfo', { accountId: account.id });
  return ctx.db.transaction(
    (tx) => {
      const [{ n }] = tx
        .select({ n: count() })
        .from(applications)
        .where(and(eq(applications.accountId, account.id), isNull(applications.deletedAt)))
        .all();
      if (n >= MAX_APPLICATIONS) {
        throw new AppError(
          'LIMIT_REACHED',
          fillText('An account can have at most {MAX_APPLICATIONS} applications.', { MAX_APPLICATIONS }),
        );
      }
      let sdkAppId = '';
      for (let attempt = 0; attempt < 20 && !sdkAppId; attempt++) {
        const candidate = `1400${randomDigits(6)}`;
        const taken = tx
          .select({ id: applications.id })
          .from(applications)
          .where(eq(applications.sdkAppId, candidate))
          .get();
        if (!taken) sdkAppId = candidate;
      }
      if (!sdkAppId) throw new AppError('CONFLICT', 'Could not allocate an SdkAppId; please try again.');
      tx.insert(applications)
        .values({
          accountId: account.id,
          sdkAppId,
          appKey: randomHex32(),
          name: data.name,
          overview: data.overview,
          tags: [...new Set(data.tags)],
          status: 'enabled',
          // R-APP-7: an individual account's application starts within its caps (the hourly one is required).
          ...(account.identity === 'individual' ? { freqPerHour: INDIVIDUAL_FREQUENCY_CAP.perHour } : {}),
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .run();
      return { sdkAppId };
    },
    { behavior: 'immediate' },
  );
}
