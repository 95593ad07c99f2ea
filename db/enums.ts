// Status and kind tuples shared by the schema, the rules and the UI.
// Free of drizzle imports so client components can use them.

export const IDENTITY_TYPES = ['enterprise', 'individual'] as const;
export type IdentityType = (typeof IDENTITY_TYPES)[number];

/** Customer roles act inside one account; platform roles act across accounts. */
export const CUSTOMER_ROLES = ['owner', 'subuser'] as const;
export const PLATFORM_ROLES = ['reviewer', 'finance', 'admin'] as const;
export const ROLES = [...CUSTOMER_ROLES, ...PLATFORM_ROLES] as const;
export type Role = (typeof ROLES)[number];
export type CustomerRole = (typeof CUSTOMER_ROLES)[number];
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export function isPlatformRole(role: string): role is PlatformRole {
  return (PLATFORM_ROLES as readonly string[]).includes(role);
}

export const APP_STATUSES = ['enabled', 'disabled'] as const;
export type AppStatus = (typeof APP_STATUSES)[number];

export const ACCOUNT_STATUSES = ['active', 'suspended'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const REGIONS = ['mainland', 'international'] as const;
export type Region = (typeof REGIONS)[number];

/** Review statuses of qualifications, signatures and templates (R-QUA-2, R-SIG-3, R-TPL-5). */
export const CONTENT_STATUSES = ['pending', 'approved', 'approved_pending_effect', 'effective', 'rejected'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

/** The statuses a list can be filtered by (a URL's `status`), or undefined for any other value. */
export function listStatusOf(value: string | undefined): 'pending' | 'effective' | 'rejected' | undefined {
  return value === 'pending' || value === 'effective' || value === 'rejected' ? value : undefined;
}

export const QUALIFICATION_PURPOSES = ['self', 'third_party'] as const;
export type QualificationPurpose = (typeof QUALIFICATION_PURPOSES)[number];

/** The kinds of the review queue (R-REV-1): content, and requests to remove an unsubscription (R-UNS-2). */
export const CONTENT_KINDS = ['qualification', 'signature', 'template', 'unsubscribe_removal'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const HISTORY_ACTIONS = ['create', 'modify', 'submit', 'approve', 'reject', 'effective', 'delete'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** Stored package states; the displayed status also depends on dates and remaining (R-PKG-6). */
export const PACKAGE_STATES = ['active', 'refund_pending', 'refunded', 'voided', 'deleted'] as const;
export type PackageState = (typeof PACKAGE_STATES)[number];

export const CASH_KINDS = ['credit', 'debit', 'purchase', 'refund', 'intl_charge'] as const;
export type CashKind = (typeof CASH_KINDS)[number];

/** `return`: a message billed and then refused by every channel of its route gives its count back. */
export const PACKAGE_ENTRY_KINDS = ['grant', 'deduct', 'recharge', 'refund_clear', 'void', 'return'] as const;
export type PackageEntryKind = (typeof PACKAGE_ENTRY_KINDS)[number];

export const REFUND_STATES = ['pending', 'approved', 'refused'] as const;
export type RefundState = (typeof REFUND_STATES)[number];

/** Bulk task statuses (R-SND-4). */
export const TASK_STATUSES = ['scheduled', 'sending', 'sent', 'stopped', 'cancelled', 'failed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Message statuses (R-MSG-3). */
export const MESSAGE_STATUSES = ['pending', 'submitted', 'delivered', 'undelivered', 'failed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
