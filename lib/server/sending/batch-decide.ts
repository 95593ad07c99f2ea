import 'server-only';
// The dispatcher's second step (docs/delivery.md): one message decided in memory — the R-MSG-1
// checks in order, a package reserved and a price set (R-BIL-4, R-PKG-5), a route chosen and,
// for the simulator, its receipt drawn. Nothing is written here.
import { choosePackage } from '@/lib/domain/billing/packages';
import { ERROR_CODES } from '@/lib/domain/errors';
import type { CheckOutcome } from '@/lib/domain/sending/pipeline';
import { simulateDelivery, type SimulatedOutcome, type SimulatorConfig } from '@/lib/domain/sending/simulator';
import type { MessageType } from '@/lib/domain/channels/routing';
import { FALLBACK_PRICE_LI } from '../money/international';
import type { RouteDecision } from '../channels/routing-table';
import { CHECKS, pass, type MessageCtx, type PendingRow } from './checks';
import type { BatchState } from './batch-load';

/** Failure codes that remind alarm contacts: frequency limits (R-APP-7) and the daily limit (R-APP-4/5). */
const REMINDER_CODES = new Set([1022, 1023, 1024, 1025, 1026]);

const NO_RECEIPT_YET: SimulatedOutcome = { reports: false };

/** What happens to one message: it fails with a code, or it is submitted on a route. */
export type Decision =
  | { kind: 'failed'; m: PendingRow; code: number; reason: string; text: string; length: number }
  | { kind: 'submitted'; m: PendingRow; c: MessageCtx; route: RouteDecision; receipt: SimulatedOutcome };

/** The per-batch helpers the checks share (no closures per message on this hot path). */
export function batchHelpers(state: BatchState, now: Date) {
  return {
    price: (iso: string) => state.prices.get(iso) ?? FALLBACK_PRICE_LI,
    choosePackageFor: (accountId: number, billable: number): number | null => {
      const list = state.packagesByAccount.get(accountId) ?? [];
      const id = choosePackage(list, billable, now);
      if (id === null) return null;
      list.find((p) => p.id === id)!.remaining -= billable;
      return Number(id);
    },
  };
}

/**
 * Decides one message. A failure gives back the package count it had reserved and notes a
 * reminder when the code calls for one (R-APP-10); a submission's counters move on only once it
 * is written (`accountSubmitted`).
 */
export function decideMessage(
  state: BatchState,
  helpers: ReturnType<typeof batchHelpers>,
  m: PendingRow,
  now: Date,
  sim: SimulatorConfig,
  reminders: Set<string>,
): Decision {
  const key = `${m.account_id}|${m.phone}`;
  const c: MessageCtx = {
    m,
    now,
    account: state.accounts.get(m.account_id)!,
    template: state.templates.get(m.template_id),
    signature: m.signature_id === null ? null : state.signatures.get(m.signature_id),
    text: '',
    values: [],
    billable: 0,
    length: 0,
    history: state.history.get(key) ?? [],
    optOuts: state.optOuts.get(key) ?? state.noOptOuts,
    app: state.appRules.get(m.application_id)!,
    allowlisted: state.allowlist.has(`${m.application_id}|${m.phone}`),
    appToday: state.appToday.get(`${m.application_id}|${m.region}`) ?? 0,
    appCountryToday:
      m.region === 'international' ? (state.appCountryToday.get(`${m.application_id}|${m.iso_country}`) ?? 0) : 0,
    intlUsedToday: state.intlToday.get(m.account_id) ?? 0,
    packageId: null,
    priceLi: 0,
    price: helpers.price,
    choosePackageFor: helpers.choosePackageFor,
  };
  let outcome: CheckOutcome = pass;
  for (const check of CHECKS) {
    outcome = check.run(c);
    if (!outcome.ok) break;
  }
  const route = outcome.ok
    ? state.routing.decide(
        { region: m.region, isoCountry: m.iso_country, phone: m.phone, accountId: m.account_id },
        c.template!.type as MessageType,
      )
    : null;
  if (outcome.ok && route === null) outcome = { ok: false, code: 1049 };
  if (!outcome.ok || route === null) {
    const code = outcome.ok ? 1049 : outcome.code;
    if (c.packageId !== null)
      state.packagesByAccount.get(m.account_id)!.find((p) => p.id === String(c.packageId))!.remaining += c.billable;
    if (REMINDER_CODES.has(code))
      reminders.add(`${m.application_id}|${code === 1022 ? `limit-${m.region}` : 'frequency'}`);
    const reason =
      (outcome.ok ? undefined : outcome.message) ?? (ERROR_CODES as Record<number, string>)[code] ?? 'failed';
    return { kind: 'failed', m, code, reason, text: c.text, length: c.length };
  }
  // The simulator decides the receipt here, in the same transaction (R-MSG-2); a network channel's comes from
  // the carrier.
  const receipt = route.kind === 'inline' ? simulateDelivery(sim, m.id, m.iso_country) : NO_RECEIPT_YET;
  return { kind: 'submitted', m, c, route, receipt };
}

/** A written submission counts towards the rest of the batch: history, today's usage per application and country. */
export function accountSubmitted(state: BatchState, d: Extract<Decision, { kind: 'submitted' }>, now: Date): void {
  const { m, c } = d;
  const key = `${m.account_id}|${m.phone}`;
  const hist = state.history.get(key) ?? [];
  hist.push({ app: m.application_id, at: now, contentHash: c.text, marketing: c.template!.type === 'marketing' });
  state.history.set(key, hist);
  if (m.region === 'international') {
    state.intlToday.set(m.account_id, (state.intlToday.get(m.account_id) ?? 0) + c.billable);
    state.appCountryToday.set(`${m.application_id}|${m.iso_country}`, c.appCountryToday + 1);
  }
  state.appToday.set(`${m.application_id}|${m.region}`, c.appToday + 1);
}
