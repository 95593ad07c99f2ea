// Inputs of the money verbs (packages, refunds, invoices, balance, international prices):
// the server action and the form check the same schema; the verb takes the parsed type.
import { z } from 'zod';
import { MAX_CUSTOM_COUNT, MIN_CUSTOM_COUNT } from '@/lib/domain/billing/packages';
import { EMAIL_PATTERN } from '@/lib/domain/email';
import { id, ids } from './common';

export const buyPackageInput = z.object({
  kind: z.enum(['fixed', 'custom']),
  count: z.coerce.number().int('Enter a whole number of messages.'),
  quantity: z.coerce.number().int().default(1),
  agreed: z.literal(true, { message: 'Read and accept the purchase agreement first.' }),
});
export type BuyPackageInput = z.output<typeof buyPackageInput>;

export const packageSettingsInput = z.object({
  autoRenewEnabled: z.coerce.boolean(),
  autoRenewThreshold: z.coerce.number().int().min(0, 'At least 0.').max(MAX_CUSTOM_COUNT),
  autoRenewCount: z.coerce
    .number()
    .int()
    .min(MIN_CUSTOM_COUNT, 'At least 1,000 messages.')
    .max(MAX_CUSTOM_COUNT, 'At most 1,000,000,000 messages.'),
  alarmEnabled: z.coerce.boolean(),
  alarmThreshold: z.coerce.number().int().min(1, 'At least 1.').max(MAX_CUSTOM_COUNT),
});
export type PackageSettingsInput = z.output<typeof packageSettingsInput>;

/** The packages a refund covers (each once). */
export const refundPackagesInput = ids('Choose at least one package.', 100).transform((list) => [...new Set(list)]);
export type RefundPackagesInput = z.output<typeof refundPackagesInput>;

export const refundDecisionInput = z
  .object({
    refundId: id,
    approve: z.boolean(),
    reason: z.string().trim().max(300).optional(),
  })
  .refine((d) => d.approve || (d.reason && d.reason.length > 1), {
    path: ['reason'],
    message: 'Give the reason for refusing.',
  });
export type RefundDecisionInput = z.output<typeof refundDecisionInput>;

export const adjustBalanceInput = z.object({
  accountId: id,
  direction: z.enum(['credit', 'debit']),
  /** Yuan as typed, up to 3 decimals; converted to li without floating point. */
  amountYuan: z
    .string()
    .trim()
    .regex(/^\d{1,9}(\.\d{1,3})?$/, 'Enter an amount in yuan, e.g. 50000 or 12.345.'),
  reason: z.string().trim().min(2, 'Give the reason (kept in the ledger).').max(200),
});
export type AdjustBalanceInput = z.output<typeof adjustBalanceInput>;

export const countryPriceInput = z.object({
  isoCountry: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Two-letter country code.'),
  name: z.string().trim().min(2).max(60),
  dialCode: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, 'Digits of the dialling code.'),
  priceYuan: z
    .string()
    .trim()
    .regex(/^\d{1,4}(\.\d{1,3})?$/, 'Price in yuan per message, e.g. 0.35.'),
});
export type CountryPriceInput = z.output<typeof countryPriceInput>;

export const intlQuotaInput = z.object({
  accountId: id,
  quota: z.coerce
    .number({ message: 'Enter a whole number of messages.' })
    .int('Enter a whole number of messages.')
    .min(0, 'At least 0.')
    .max(100_000_000, 'At most 100,000,000 messages a day.'),
});
export type IntlQuotaInput = z.output<typeof intlQuotaInput>;

/** The tax ID's presence and form depend on the account (enterprise or individual): the verb checks that. */
export const invoiceRequestInput = z.object({
  orderId: id,
  title: z
    .string()
    .trim()
    .min(2, 'Enter the invoice title (the company or person name).')
    .max(100, 'Enter the invoice title (the company or person name).'),
  taxId: z.string().trim().toUpperCase().default(''),
  email: z.string().trim().regex(EMAIL_PATTERN, 'Enter the e-mail address the invoice goes to.'),
});
export type InvoiceRequestInput = z.output<typeof invoiceRequestInput>;

export const invoiceDecisionInput = z.discriminatedUnion('decision', [
  z.object({
    id,
    decision: z.literal('issue'),
    invoiceNumber: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{8,30}$/, 'Enter the invoice number (8–30 letters, digits or dashes).'),
  }),
  z.object({
    id,
    decision: z.literal('refuse'),
    reason: z.string().trim().min(2, 'Give the reason for refusing.').max(300),
  }),
]);
export type InvoiceDecisionInput = z.output<typeof invoiceDecisionInput>;
