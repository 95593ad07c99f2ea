import 'server-only';
import type { AlarmContactInput } from '@/lib/schemas/applications';
import { fillText } from '@/lib/domain/notices';
import { and, asc, eq, sql } from 'drizzle-orm';
import { alarmContacts, type Application } from '@/db/schema';
import { checkContact, MAX_ALARM_CONTACTS, type AlarmContactView } from '@/lib/domain/alarms/contacts';
import { maskPhone } from '@/lib/domain/phone/normalize';
import { AppError } from '../errors';
import { appResource } from '../authorize';
import type { Ctx } from '../context';
import { findApplication } from '../applications/find-application';

/** The contact after the domain check (R-APP-10), or its field errors. */
function checkedContact(input: AlarmContactInput) {
  const checked = checkContact(input);
  if (!checked.ok) throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', checked.errors);
  return checked.value;
}

function own(ctx: Ctx, app: Application, id: number) {
  const row = ctx.db
    .select()
    .from(alarmContacts)
    .where(and(eq(alarmContacts.id, Number(id)), eq(alarmContacts.applicationId, app.id)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', 'Alarm contact not found.');
  return row;
}

/** Notifications and Alarms of an application: its contacts (at most 5). */
export function listAlarmContacts(ctx: Ctx, sdkAppId: string): AlarmContactView[] {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('DescribeNewsReceiver', appResource(app));
  return ctx.db
    .select()
    .from(alarmContacts)
    .where(eq(alarmContacts.applicationId, app.id))
    .orderBy(asc(alarmContacts.id))
    .all()
    .map((c) => ({
      id: c.id,
      name: c.name,
      phone: c.phone,
      maskedPhone: maskPhone(c.phone),
      email: c.email,
      events: c.events,
    }));
}

/** Adds an alarm contact (R-APP-10: name, phone with country code, e-mail, events); at most 5 per application. */
export function addAlarmContact(ctx: Ctx, sdkAppId: string, input: AlarmContactInput): { id: number } {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('AddNewsReceiver', appResource(app));
  const value = checkedContact(input);
  return ctx.db.transaction(
    (tx) => {
      const n = tx.get<{ n: number }>(sql`select count(*) as n from alarm_contacts where application_id = ${app.id}`).n;
      if (n >= MAX_ALARM_CONTACTS)
        throw new AppError(
          'LIMIT_REACHED',
          fillText('An application has at most {MAX_ALARM_CONTACTS} alarm contacts.', { MAX_ALARM_CONTACTS }),
        );
      return tx
        .insert(alarmContacts)
        .values({ accountId: app.accountId, applicationId: app.id, ...value, createdAt: ctx.now, updatedAt: ctx.now })
        .returning({ id: alarmContacts.id })
        .get();
    },
    { behavior: 'immediate' },
  );
}

export function modifyAlarmContact(ctx: Ctx, sdkAppId: string, id: number, input: AlarmContactInput): void {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('ModifyNewsReceiver', appResource(app));
  own(ctx, app, id);
  const value = checkedContact(input);
  ctx.db
    .update(alarmContacts)
    .set({ ...value, updatedAt: ctx.now })
    .where(eq(alarmContacts.id, Number(id)))
    .run();
}

/** Deletion is final. */
export function deleteAlarmContact(ctx: Ctx, sdkAppId: string, id: number): void {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('DeleteNewsReceiver', appResource(app));
  own(ctx, app, id);
  ctx.db
    .delete(alarmContacts)
    .where(eq(alarmContacts.id, Number(id)))
    .run();
}
