'use server';
import { revalidatePath } from 'next/cache';
import type { AppStatus } from '@/db/enums';
import { runAction } from '@/lib/server/action';
import { createApplication } from '@/lib/server/applications/create-application';
import { modifyApplication } from '@/lib/server/applications/modify-application';
import { setApplicationStatus } from '@/lib/server/applications/set-application-status';
import { deleteApplication } from '@/lib/server/applications/delete-application';
import { regenerateAppKey, revealAppKey } from '@/lib/server/applications/app-key';
import { deleteAppCountry, saveAppCountry } from '@/lib/server/applications/sendable-countries';
import { addAlarmContact, deleteAlarmContact, modifyAlarmContact } from '@/lib/server/alarms/contacts';
import { saveAntiAbuseRule } from '@/lib/server/alarms/anti-abuse';
import {
  addToAllowlist,
  removeFromAllowlist,
  saveAppSettings,
  type SettingsSection,
} from '@/lib/server/applications/app-settings';

function refresh() {
  revalidatePath('/applications', 'layout');
  revalidatePath('/overview');
}

export async function createApplicationAction(input: { name: string; overview: string; tags: string[] }) {
  const res = await runAction((ctx) => createApplication(ctx, input));
  if (res.ok) refresh();
  return res;
}

export async function modifyApplicationAction(input: { sdkAppId: string; name: string; overview: string }) {
  const res = await runAction((ctx) => modifyApplication(ctx, input));
  if (res.ok) refresh();
  return res;
}

export async function setApplicationStatusAction(sdkAppId: string, status: AppStatus) {
  const res = await runAction((ctx) =>
    setApplicationStatus(ctx, String(sdkAppId), status === 'enabled' ? 'enabled' : 'disabled'),
  );
  if (res.ok) refresh();
  return res;
}

export async function deleteApplicationAction(sdkAppId: string) {
  const res = await runAction((ctx) => deleteApplication(ctx, String(sdkAppId)));
  if (res.ok) refresh();
  return res;
}

export async function revealAppKeyAction(sdkAppId: string) {
  return runAction((ctx) => revealAppKey(ctx, String(sdkAppId)));
}

export async function regenerateAppKeyAction(sdkAppId: string) {
  const res = await runAction((ctx) => regenerateAppKey(ctx, String(sdkAppId)));
  if (res.ok) refresh();
  return res;
}

export async function saveAppSettingsAction(sdkAppId: string, section: SettingsSection, input: Record<string, string>) {
  const res = await runAction((ctx) => saveAppSettings(ctx, String(sdkAppId), section, input ?? {}));
  if (res.ok) refresh();
  return res;
}

export async function addToAllowlistAction(sdkAppId: string, numbers: string) {
  const res = await runAction((ctx) => addToAllowlist(ctx, String(sdkAppId), String(numbers ?? '')));
  if (res.ok) refresh();
  return res;
}

export async function removeFromAllowlistAction(sdkAppId: string, phone: string) {
  const res = await runAction((ctx) => removeFromAllowlist(ctx, String(sdkAppId), String(phone)));
  if (res.ok) refresh();
  return res;
}

export async function saveAppCountryAction(sdkAppId: string, mode: 'add' | 'edit', input: Record<string, string>) {
  const res = await runAction((ctx) =>
    saveAppCountry(ctx, String(sdkAppId), mode === 'edit' ? 'edit' : 'add', input ?? {}),
  );
  if (res.ok) refresh();
  return res;
}

export async function deleteAppCountryAction(sdkAppId: string, iso: string) {
  const res = await runAction((ctx) => deleteAppCountry(ctx, String(sdkAppId), String(iso)));
  if (res.ok) refresh();
  return res;
}

export async function saveAlarmContactAction(
  sdkAppId: string,
  id: number | null,
  input: { name: string; phone: string; email: string; events: string[] },
) {
  const res = await runAction((ctx) =>
    id
      ? modifyAlarmContact(ctx, String(sdkAppId), Number(id), input ?? {})
      : addAlarmContact(ctx, String(sdkAppId), input ?? {}),
  );
  if (res.ok) refresh();
  return res;
}

export async function deleteAlarmContactAction(sdkAppId: string, id: number) {
  const res = await runAction((ctx) => deleteAlarmContact(ctx, String(sdkAppId), Number(id)));
  if (res.ok) refresh();
  return res;
}

export async function saveAntiAbuseRuleAction(
  sdkAppId: string,
  input: { enabled: boolean; minRequests: string; minSuccessPct: string; maxGrowthPct: string },
) {
  const res = await runAction((ctx) => saveAntiAbuseRule(ctx, String(sdkAppId), input ?? {}));
  if (res.ok) refresh();
  return res;
}
