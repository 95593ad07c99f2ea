// The left navigation (R-UI-1). A section appears here when it works: entries are added
// as the parts of the console land, never as placeholders.
import { isPlatformRole, type Role } from '@/db/enums';

export interface NavItem {
  label: string;
  href: string;
}
export interface NavSection {
  label: string | null;
  items: NavItem[];
}

const CONSOLE_NAV: NavSection[] = [
  {
    label: null,
    items: [
      { label: 'Overview', href: '/overview' },
      { label: 'Quick Start', href: '/quick-start' },
    ],
  },
  {
    label: 'Mainland China SMS',
    items: [
      { label: 'Qualifications', href: '/mainland/qualifications' },
      { label: 'Signatures', href: '/mainland/signatures' },
      { label: 'Body Templates', href: '/mainland/templates' },
      { label: 'Bulk SMS', href: '/mainland/tasks' },
    ],
  },
  {
    label: 'Statistical Analysis',
    items: [
      { label: 'Mainland', href: '/statistics/mainland' },
      { label: 'International', href: '/statistics/international' },
    ],
  },
  {
    label: 'Package Management',
    items: [
      { label: 'Packages', href: '/packages' },
      { label: 'Billing', href: '/billing' },
    ],
  },
  {
    label: 'International SMS',
    items: [
      { label: 'Signatures', href: '/international/signatures' },
      { label: 'Body Templates', href: '/international/templates' },
      { label: 'Bulk SMS', href: '/international/tasks' },
    ],
  },
  { label: 'Marketing Management', items: [{ label: 'Client Management', href: '/clients' }] },
  {
    label: 'Application Management',
    items: [
      { label: 'Application List', href: '/applications' },
      { label: 'Security Settings', href: '/applications/security' },
    ],
  },
  {
    label: 'General Management',
    items: [
      { label: 'Do Not Disturb', href: '/dnd' },
      { label: 'Unsubscribed Users', href: '/unsubscribed' },
      { label: 'Reply Callback', href: '/reply-callback' },
    ],
  },
  {
    label: 'Access Management',
    items: [
      { label: 'Users', href: '/access/users' },
      { label: 'Policies', href: '/access/policies' },
      { label: 'API Keys', href: '/api-keys' },
      { label: 'Operation Log', href: '/operation-log' },
    ],
  },
];

const FINANCE_ITEMS: NavItem[] = [
  { label: 'Finance Overview', href: '/finance' },
  { label: 'Packages', href: '/finance/packages' },
  { label: 'Orders', href: '/finance/orders' },
  { label: 'Invoices', href: '/finance/invoices' },
  { label: 'Refund Requests', href: '/finance/refunds' },
  { label: 'International Charges', href: '/finance/international' },
];

const PLATFORM_NAV: Record<'reviewer' | 'finance' | 'admin', NavSection[]> = {
  reviewer: [
    { label: null, items: [{ label: 'Platform Overview', href: '/platform' }] },
    { label: 'Review', items: [{ label: 'Review Queue', href: '/review' }] },
  ],
  finance: [
    { label: null, items: [{ label: 'Platform Overview', href: '/platform' }] },
    { label: 'Finance', items: FINANCE_ITEMS },
  ],
  admin: [
    { label: null, items: [{ label: 'Platform Overview', href: '/platform' }] },
    {
      label: 'Admin',
      items: [
        { label: 'Accounts', href: '/admin/accounts' },
        { label: 'International Prices', href: '/admin/prices' },
        { label: 'Channels', href: '/admin/channels' },
        { label: 'Routes', href: '/admin/routes' },
        { label: 'Alarms', href: '/admin/alarms' },
        { label: 'Review Calendar', href: '/admin/review-calendar' },
        { label: 'Operation Log', href: '/admin/operation-log' },
      ],
    },
    { label: 'Review', items: [{ label: 'Review Queue', href: '/review' }] },
    { label: 'Finance', items: FINANCE_ITEMS },
  ],
};

/** The navigation a role sees. */
export function navFor(role: Role): NavSection[] {
  return isPlatformRole(role) ? PLATFORM_NAV[role] : CONSOLE_NAV;
}
