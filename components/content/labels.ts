// Display labels for content fields (English console labels, seed 001).

export const SIGNATURE_TYPE_LABELS: Record<string, string> = {
  company: 'Company',
  app: 'App',
  website: 'Website',
  wechat: 'WeChat official account or mini program',
  trademark: 'Trademark',
  government: 'Government/institution/other',
};

export const TEMPLATE_TYPE_LABELS: Record<string, string> = {
  verification: 'Verification code',
  notification: 'Notification',
  marketing: 'Marketing',
};

export const STATUS_FILTERS: [string, string][] = [
  ['', 'All statuses'],
  ['pending', 'Pending review'],
  ['effective', 'Effective'],
  ['rejected', 'Rejected'],
];
