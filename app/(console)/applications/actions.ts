'use server';
import { z } from 'zod';
import { keyedAction, refreshed, runAction, serverAction, type Refresh } from '@/lib/server/action';
import { createApplication } from '@/lib/server/applications/create-application';
import { modifyApplication } from '@/lib/server/applications/modify-application';
import { setApplicationStatus } from '@/lib/server/applications/set-application-status';
import { deleteApplication } from '@/lib/server/applications/delete-application';
import { regenerateAppKey, revealAppKey } from '@/lib/server/applications/app-key';
import { deleteAppCountry, saveAppCountry } from '@/lib/server/applications/sendable-countries';
import { addAlarmContact, deleteAlarmContact, modifyAlarmContact } from '@/lib/server/alarms/contacts';
import { saveAntiAbuseRule } from '@/lib/server/alarms/anti-abuse';
import { addToAllowlist, removeFromAllowlist, saveAppSettings } from '@/lib/server/applications/app-settings';
import { APP_STATUSES } from '@/db/enums';
import { id } from '@/lib/schemas/common';
import {
  alarmContactInput,
  antiAbuseRuleInput,
  appCountryInput,
  appSettingsInput,
  createApplicationInput,
  modifyApplicationInput,
} from '@/lib/schemas/applications';

const apps: Refresh = [{ path: '/applications', layout: true }, { path: '/overview' }];
const sdkAppId = z.string().trim().min(1);

export const createApplicationAction = serverAction(createApplicationInput, createApplication, apps);

export const modifyApplicationAction = serverAction(modifyApplicationInput, modifyApplication, apps);

export const setApplicationStatusAction = keyedAction(
  sdkAppId,
  z.object({ status: z.enum(APP_STATUSES) }),
  (ctx, key, d) => setApplicationStatus(ctx, key, d.status),
  apps,
);

export async function deleteApplicationAction(sdkAppId: string) {
  return refreshed(await runAction((ctx) => deleteApplication(ctx, String(sdkAppId))), apps);
}

export async function revealAppKeyAction(sdkAppId: string) {
  return runAction((ctx) => revealAppKey(ctx, String(sdkAppId)));
}

export async function regenerateAppKeyAction(sdkAppId: string) {
  return refreshed(await runAction((ctx) => regenerateAppKey(ctx, String(sdkAppId))), apps);
}

export const saveAppSettingsAction = keyedAction(
  z.tuple([sdkAppId, z.enum(['frequency', 'thresholds'])]),
  appSettingsInput,
  (ctx, [app, section], d) => saveAppSettings(ctx, app, section, d),
  apps,
);

export const addToAllowlistAction = keyedAction(
  sdkAppId,
  z.object({ numbers: z.string() }),
  (ctx, key, d) => addToAllowlist(ctx, key, d.numbers),
  apps,
);

export const removeFromAllowlistAction = keyedAction(
  sdkAppId,
  z.object({ phone: z.string() }),
  (ctx, key, d) => removeFromAllowlist(ctx, key, d.phone),
  apps,
);

export const saveAppCountryAction = keyedAction(
  z.tuple([sdkAppId, z.enum(['add', 'edit'])]),
  appCountryInput,
  (ctx, [app, mode], d) => saveAppCountry(ctx, app, mode, d),
  apps,
);

export const deleteAppCountryAction = keyedAction(
  sdkAppId,
  z.object({ iso: z.string() }),
  (ctx, key, d) => deleteAppCountry(ctx, key, d.iso),
  apps,
);

/** Adds a contact (no id) or changes one. */
export const saveAlarmContactAction = keyedAction(
  z.tuple([sdkAppId, id.nullable()]),
  alarmContactInput,
  (ctx, [app, contact], d) => (contact ? modifyAlarmContact(ctx, app, contact, d) : addAlarmContact(ctx, app, d)),
  apps,
);

export async function deleteAlarmContactAction(sdkAppId: string, contactId: number) {
  return refreshed(await runAction((ctx) => deleteAlarmContact(ctx, String(sdkAppId), Number(contactId))), apps);
}

export const saveAntiAbuseRuleAction = keyedAction(sdkAppId, antiAbuseRuleInput, saveAntiAbuseRule, apps);
