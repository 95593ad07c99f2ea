import 'server-only';
import type { TemplateFields } from '@/lib/schemas/content';
import { fillText } from '@/lib/domain/notices';
import { resubmission } from '../review/resubmission';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { templates, type Template } from '@/db/schema';
import { validateTemplate } from '@/lib/domain/sms/template';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { changedFields, recordHistory } from '../content/history';

/** R-TPL-1: at most 200 templates per account in each list (mainland, international). */
export const MAX_TEMPLATES = 200;

/** Creates a template, or modifies one while pending or rejected (R-TPL-5); it goes to review. */
export function submitTemplate(ctx: Ctx, input: { id?: number; fields: TemplateFields }): { id: number } {
  const account = requireAccount(ctx);
  const editing = input.id !== undefined;
  ctx.authorize(editing ? 'ModifySmsTemplate' : 'AddSmsTemplate', { accountId: account.id });
  const data = input.fields;
  const problems = validateTemplate({ ...data, identity: account.identity });
  if (problems.length > 0) {
    const fieldErrors: Record<string, string> = {};
    for (const p of problems)
      fieldErrors[p.rule === 'R-TEN-3' || p.rule === 'R-TPL-2' ? 'type' : 'content'] ??= p.message;
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', fieldErrors);
  }
  return ctx.db.transaction(
    () => {
      const current = editing
        ? ctx.db
            .select()
            .from(templates)
            .where(and(eq(templates.id, input.id!), eq(templates.accountId, account.id), isNull(templates.deletedAt)))
            .get()
        : undefined;
      if (editing && !current) throw new AppError('NOT_FOUND', 'Template not found.');
      if (current && current.region !== data.region)
        throw new AppError('INVALID_INPUT', 'A template stays in its list (mainland or international).');
      const values: Partial<Template> = {
        region: data.region,
        name: data.name,
        type: data.type,
        content: data.content,
        notes: data.notes,
      };
      if (!current) {
        const n = ctx.db.get<{ n: number }>(
          sql`select count(*) as n from templates where account_id = ${account.id} and region = ${data.region}
            and deleted_at is null`,
        ).n;
        if (n >= MAX_TEMPLATES)
          throw new AppError(
            'LIMIT_REACHED',
            fillText('An account can have at most {MAX_TEMPLATES} {region} templates.', {
              MAX_TEMPLATES,
              region: data.region,
            }),
          );
        const row = ctx.db
          .insert(templates)
          .values({
            ...(values as typeof templates.$inferInsert),
            accountId: account.id,
            submittedAt: ctx.now,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          })
          .returning({ id: templates.id })
          .get();
        recordHistory(ctx, {
          accountId: account.id,
          kind: 'template',
          itemId: row.id,
          action: 'create',
          detail: { name: data.name },
        });
        return row;
      }
      const res = ctx.db
        .update(templates)
        .set({ ...values, ...resubmission(current.revision, ctx.now) })
        .where(
          and(
            eq(templates.id, current.id),
            eq(templates.revision, current.revision),
            inArray(templates.status, ['pending', 'rejected']),
          ),
        )
        .run();
      if (res.changes === 0)
        throw new AppError('CONFLICT', 'Only templates pending review or rejected can be modified.');
      recordHistory(ctx, {
        accountId: account.id,
        kind: 'template',
        itemId: current.id,
        action: 'modify',
        detail: {
          changed: changedFields(current, values),
        },
      });
      return { id: current.id };
    },
    { behavior: 'immediate' },
  );
}
