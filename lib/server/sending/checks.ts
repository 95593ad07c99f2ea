import 'server-only';
// R-MSG-1: the per-message checks of the dispatcher, each a small function of a context that
// dispatch.ts prepares once per batch (docs/delivery.md: checks prepared once per batch).
import { fillText } from '@/lib/domain/notices';
import { measureMessage } from '@/lib/domain/billing/measure';
import { ERROR_CODES } from '@/lib/domain/errors';
import { normalizePhone } from '@/lib/domain/phone/normalize';
import { checkFrequency, isMarketingHour } from '@/lib/domain/sending/frequency';
import { PIPELINE_ORDER, type Check, type CheckOutcome } from '@/lib/domain/sending/pipeline';
import { isBlocked, type OptOut } from '@/lib/domain/sending/optout';
import { renderTemplate } from '@/lib/domain/sms/template';
import { fillTemplate, type CompiledTemplate } from '@/lib/domain/sms/compiled-template';
import { checkCountry, COUNTRY_NOT_LISTED, type CountryEntry } from '@/lib/domain/sending/countries';

/** A claimed message as the pipeline reads it. */
export interface PendingRow {
  id: number;
  task_id: number | null;
  account_id: number;
  application_id: number;
  region: 'mainland' | 'international';
  signature_id: number | null;
  template_id: number;
  phone: string;
  iso_country: string;
  vars: string | null;
}

export interface AppRules {
  rule: { per30s: number; perHour?: number; perDay: number };
  mainlandLimit: number | null;
  mainlandAlarm: number | null;
  intlLimit: number | null;
  intlAlarm: number | null;
  name: string;
  sdkAppId: string;
  /** R-APP-6: the sendable countries/regions (null or empty = any). */
  countries: ReadonlyMap<string, CountryEntry> | null;
}

export interface History {
  app: number;
  at: Date;
  contentHash: string;
  marketing: boolean;
}

/** What the checks of one message see (prepared once per batch, docs/delivery.md). */
export interface MessageCtx {
  m: PendingRow;
  now: Date;
  /** `platform`: the console's own alarm sender, billed to nobody (R-APP-10). */
  account: { identity: 'enterprise' | 'individual'; status: string; intlQuota: number; platform: boolean };
  template?: { content: string; compiled: CompiledTemplate; type: string; status: string; region: string };
  signature?: { content: string; usable: boolean } | null;
  text: string;
  values: string[] | Record<string, string>;
  billable: number;
  length: number;
  history: History[];
  /** The number's opt-outs in this account (R-DND-1, R-UNS-1). */
  optOuts: OptOut[];
  /** The application's settings (R-APP-4/5/7) and whether the number is on its allowlist (R-APP-8). */
  app: AppRules;
  allowlisted: boolean;
  /** Messages the application submitted today in the message's region, this batch included. */
  appToday: number;
  /** International messages the application submitted today to the message's country (R-APP-6). */
  appCountryToday: number;
  intlUsedToday: number;
  /** Picks and reserves a package for the message's account (in memory, written at the end of the batch). */
  choosePackageFor(accountId: number, billable: number): number | null;
  packageId: number | null;
  priceLi: number;
  price(iso: string): number;
}

const fail = (code: keyof typeof ERROR_CODES | number, message?: string): CheckOutcome => ({
  ok: false,
  code,
  message,
});
export const pass: CheckOutcome = { ok: true };

/**
 * R-MSG-1 as an ordered list of small checks. Each reads the prepared context and returns pass
 * or its failure code; the rendering check also fills in the text and billed count.
 */
const CHECK_LIST: Check<MessageCtx>[] = [
  {
    step: 'account',
    run: (c) => (c.m.region === 'international' && c.account.status === 'suspended' ? fail(1033) : pass),
  },
  {
    step: 'content',
    run: (c) => {
      if (c.m.signature_id !== null && (!c.signature || !c.signature.usable)) return fail(1012);
      if (c.m.signature_id === null && c.m.region === 'mainland') return fail(1012);
      if (!c.template || c.template.status !== 'effective' || c.template.region !== c.m.region) return fail(1014);
      return pass;
    },
  },
  {
    step: 'identity',
    run: (c) => (c.template!.type === 'marketing' && c.account.identity === 'individual' ? fail(1032) : pass),
  },
  {
    step: 'length',
    run: (c) => {
      // Length first (R-MSG-1 order): the values as given, whatever their validity.
      const values = c.m.vars ? (JSON.parse(c.m.vars) as string[] | Record<string, string>) : [];
      c.values = values;
      const lookup = (k: string) => (Array.isArray(values) ? values[Number(k) - 1] : values[k]) ?? '';
      // One pass over the compiled template: a value that itself looks like {1} stays as written.
      c.text = fillTemplate(c.template!.compiled, lookup);
      const measured = measureMessage({ body: c.text, signature: c.signature?.content, region: c.m.region });
      c.billable = measured.billable;
      c.length = measured.length;
      return measured.tooLong ? fail(1017) : pass;
    },
  },
  {
    step: 'variables',
    run: (c) => {
      const r = renderTemplate(c.template!.content, c.values, c.account.identity);
      return r.ok ? pass : fail(r.code, r.message);
    },
  },
  {
    step: 'number',
    run: (c) => {
      const n = normalizePhone(c.m.phone, c.m.region);
      return n.ok ? pass : fail(n.code, n.message);
    },
  },
  {
    step: 'country',
    run: (c) =>
      c.m.region === 'international' &&
      c.app.countries &&
      c.app.countries.size > 0 &&
      !c.app.countries.has(c.m.iso_country)
        ? fail(1045, COUNTRY_NOT_LISTED)
        : pass,
  },
  { step: 'blocked', run: (c) => (isBlocked(c.optOuts, c.m.signature_id, c.template!.type) ? fail(1015) : pass) },
  {
    step: 'marketing-hours',
    run: (c) => (c.template!.type === 'marketing' && !isMarketingHour(c.now) ? fail(1030) : pass),
  },
  {
    step: 'frequency',
    run: (c) => {
      const marketing = c.template!.type === 'marketing';
      const own = c.history.filter((h) => h.app === c.m.application_id);
      const app = checkFrequency({
        now: c.now,
        history: own,
        contentHash: c.text,
        marketing,
        rule: c.app.rule,
        allowlisted: c.allowlisted,
      });
      if (!app.ok) return fail(app.code);
      const carrier = checkFrequency({
        now: c.now,
        history: c.history,
        contentHash: c.text,
        marketing,
        rule: {},
        allowlisted: true,
      });
      return carrier.ok ? pass : fail(carrier.code);
    },
  },
  {
    step: 'daily-limits',
    run: (c) => {
      const limit = c.m.region === 'mainland' ? c.app.mainlandLimit : c.app.intlLimit;
      if (limit !== null && c.appToday >= limit)
        return fail(
          1022,
          fillText("The application's daily {region} limit ({limit}) is reached.", { region: c.m.region, limit }),
        );
      if (c.m.region !== 'international') return pass;
      const country = checkCountry(c.app.countries, c.m.iso_country, c.appCountryToday, c.app.intlLimit);
      return country.ok ? pass : fail(country.code, country.message);
    },
  },
  {
    step: 'international-quota',
    run: (c) =>
      c.m.region === 'international' && !c.account.platform && c.intlUsedToday + c.billable > c.account.intlQuota
        ? fail(1047)
        : pass,
  },
  {
    step: 'balance',
    run: (c) => {
      if (c.account.platform) return pass;
      if (c.m.region === 'international') {
        c.priceLi = c.price(c.m.iso_country) * c.billable;
        return pass;
      }
      c.packageId = c.choosePackageFor(c.m.account_id, c.billable);
      return c.packageId === null ? fail(1031) : pass;
    },
  },
];
/** The checks in R-MSG-1 order. */
export const CHECKS = [...CHECK_LIST].sort(
  (a, b) => PIPELINE_ORDER.findIndex((p) => p.step === a.step) - PIPELINE_ORDER.findIndex((p) => p.step === b.step),
);
