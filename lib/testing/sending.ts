// Fixtures for sending tests: effective content through the real verbs, and recipient files.
import type { TemplateFields } from '@/lib/schemas/content';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { World } from './world';
import { idNumber, png, qualificationFields, qualificationFiles } from './content';
import { submitQualification } from '@/lib/server/qualifications/submit-qualification';
import { submitSignature } from '@/lib/server/signatures/submit-signature';
import { submitTemplate } from '@/lib/server/templates/submit-template';
import { decideReview } from '@/lib/server/review/review-item';
import { createTask } from '@/lib/server/sending/create-task';
import { parseInput } from '@/lib/server/validation';
import { createTaskInput } from '@/lib/schemas/sending';
import type { Ctx } from '@/lib/server/context';

const REVIEWER = 'reviewer@sms.local';

export function approve(w: World, kind: 'qualification' | 'signature' | 'template', id: number, revision = 1) {
  decideReview(w.ctxFor(REVIEWER), { kind, id, revision, decision: 'approve' });
}

/** An effective signature of the region (mainland: with an approved qualification). */
export function effectiveSignature(
  w: World,
  email: string,
  region: 'mainland' | 'international',
  content = region === 'mainland' ? '星河商城' : 'StarShop',
): number {
  const ctx = w.ctxFor(email);
  let qualificationId: number | undefined;
  if (region === 'mainland') {
    const realName = ctx.account!.realName;
    const individual = ctx.account!.identity === 'individual';
    qualificationId = submitQualification(ctx, {
      fields: individual
        ? { personName: realName, personIdNumber: idNumber() }
        : qualificationFields({ enterpriseName: realName }),
      files: individual ? { legalRepIdFront: png(), legalRepIdBack: png() } : qualificationFiles(),
    }).id;
    approve(w, 'qualification', qualificationId);
  }
  const type = ctx.account!.identity === 'individual' ? 'app' : 'company';
  const { id } = submitSignature(ctx, {
    fields: { region, purpose: 'self', type, content, notes: 'our app', qualificationId },
    files: {},
  });
  approve(w, 'signature', id);
  return id;
}

/** An effective template of the region. */
export function effectiveTemplate(
  w: World,
  email: string,
  region: 'mainland' | 'international',
  content: string,
  type: TemplateFields['type'] = 'notification',
  name = 'T',
): number {
  const { id } = submitTemplate(w.ctxFor(email), { fields: { region, name, type, content, notes: '' } });
  approve(w, 'template', id);
  return id;
}

/** Writes a temporary file and returns its path. */
export function tempFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-import-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/**
 * "Confirm Send" of a checked import, now, as the task form posts it (through the schema):
 * the demo application unless another is named.
 */
export function sendNow(
  ctx: Ctx,
  importId: number,
  content: { signatureId?: number | null; templateId: number },
  opts: { region?: 'mainland' | 'international'; sdkAppId?: string } = {},
) {
  return createTask(
    ctx,
    parseInput(createTaskInput, {
      region: opts.region ?? 'mainland',
      importId,
      sdkAppId: opts.sdkAppId ?? '1400100001',
      signatureId: content.signatureId ?? undefined,
      templateId: content.templateId,
      send: 'now',
      acknowledged: true,
    }),
  );
}
