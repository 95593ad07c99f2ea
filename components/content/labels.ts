// Display labels for content fields (English console labels, seed 001), translated where shown.
import { uiText } from '@/i18n/text';

export const SIGNATURE_TYPE_LABELS: Record<string, string> = {
  company: uiText('Company'),
  app: uiText('App'),
  website: uiText('Website'),
  wechat: uiText('WeChat official account or mini program'),
  trademark: uiText('Trademark'),
  government: uiText('Government/institution/other'),
};

export const TEMPLATE_TYPE_LABELS: Record<string, string> = {
  verification: uiText('Verification code'),
  notification: uiText('Notification'),
  marketing: uiText('Marketing'),
};

export const STATUS_FILTERS: [string, string][] = [
  ['', uiText('All statuses')],
  ['pending', uiText('Pending review')],
  ['effective', uiText('Effective')],
  ['rejected', uiText('Rejected')],
];
