// The one table of permission names (R-CAM-4). The console, exports and the cloud API all
// authorize through these names. `scope` says which resource an action is checked against:
// - 'app': an application of the account (`qcs::sms::uin/<uin>:app/<SdkAppId>`)
// - 'account': the account as a whole (resource `*` in a policy)
// - 'platform': platform staff only; `roles` lists who may act.
import type { PlatformRole } from '@/db/enums';

export type ActionScope = 'app' | 'account' | 'platform';

export interface ActionDef {
  scope: ActionScope;
  /** Read-only actions are granted by QcloudSMSReadOnlyAccess. */
  readOnly: boolean;
  roles?: readonly PlatformRole[];
}

const app = (readOnly: boolean): ActionDef => ({ scope: 'app', readOnly });
const account = (readOnly: boolean): ActionDef => ({ scope: 'account', readOnly });
const platform = (...roles: PlatformRole[]): ActionDef => ({ scope: 'platform', readOnly: false, roles });

export const ACTIONS = {
  // Application Management (names from the console guide's API table)
  DescribeAppList: account(true),
  DescribeAppInfo: app(true),
  CreateAppInfo: account(false),
  ModifyAppInfo: app(false),
  ModifyAppStatus: app(false),
  DeleteAppInfo: app(false),
  DescribeAppKey: app(false),
  // Basic Configuration, one pair per section as the seed's access-management table names them
  DescribeWarningThreshold: app(true),
  ModifyWarningThreshold: app(false),
  DescribeFreqRule: app(true),
  ModifyFreqRule: app(false),
  DescribeFrequencyWhitelist: app(true),
  AddFrequencyWhiteList: app(false),
  DeleteFrequencyWhiteList: app(false),
  DescribeCallbackInfo: app(true),
  ModifyCallbackInfo: app(false),
  // Notifications and Alarms (R-APP-10)
  DescribeNewsReceiver: app(true),
  AddNewsReceiver: app(false),
  ModifyNewsReceiver: app(false),
  DeleteNewsReceiver: app(false),
  // Sendable countries/regions (R-APP-6) and Security Settings (R-APP-11): not in the seed's table; named alike
  DescribeAppCountryList: app(true),
  ModifyAppCountryList: app(false),
  DescribeSecurityRule: app(true),
  ModifySecurityRule: app(false),
  ModifyAppKey: app(false),
  // Bulk SMS (names from the console guide: ModifyTaskStatusStart/Stop, CancelSendSMSTask, …)
  CreateSendTask: app(false),
  DescribeSendSMSTaskSummary: account(true),
  DescribeSendSMSDetail: account(true),
  ModifyTaskStatusStart: app(false),
  ModifyTaskStatusStop: app(false),
  CancelSendSMSTask: app(false),
  DescribeSmsRecordFile: account(true),
  // Statistical analysis (console guide: DescribeStatisticQuery, DescribeSmsRecordFile)
  DescribeStatisticQuery: account(true),
  // Client management (customer pool and groups)
  DescribeCustomerGroups: account(true),
  ModifyCustomerGroups: account(false),
  // Do-not-disturb and unsubscribe lists (R-DND-1, R-UNS-1)
  DescribeDndList: account(true),
  ModifyDndList: account(false),
  // Unsubscribed Users (R-UNS-2; the seed maps SMS_UnsubscribeQuery to DescribeUnsubscribe)
  DescribeUnsubscribe: account(true),
  AddUnsubscribeRemoval: account(false),
  // Account-level reads
  DescribeOverview: account(true),
  DescribeNotifications: account(true),
  ModifyNotificationRead: account(false),
  DescribeUpload: account(true),
  // Qualifications, signatures, templates (the last two use the cloud API's names)
  DescribeQualificationList: account(true),
  AddQualification: account(false),
  ModifyQualification: account(false),
  DeleteQualification: account(false),
  DescribeSmsSignList: account(true),
  AddSmsSign: account(false),
  ModifySmsSign: account(false),
  DeleteSmsSign: account(false),
  // Packages and money (names after the console's DescribePackageList, DescribeSmsPkgRemain, DescribePkgAutoRenew)
  DescribePackageList: account(true),
  CreatePackageOrder: account(false),
  DeletePackage: account(false),
  DescribePkgAutoRenew: account(true),
  ModifyPkgAutoRenew: account(false),
  CreateRefundApply: account(false),
  DescribeCashLedger: account(true),
  DescribeInternationalBill: account(true),
  // Monthly bill and invoices (Package Management → Billing)
  DescribeMonthlyBill: account(true),
  DescribeInvoices: account(true),
  AddInvoiceRequest: account(false),
  DescribeSmsTemplateList: account(true),
  AddSmsTemplate: account(false),
  ModifySmsTemplate: account(false),
  DeleteSmsTemplate: account(false),
  // Cloud API 3.0: key management and the API's own action names
  DescribeApiKeys: account(true),
  CreateApiKey: account(false),
  DeleteApiKey: account(false),
  SendSms: app(false),
  PullSmsSendStatus: app(true),
  PullSmsSendStatusByPhoneNumber: app(true),
  PullSmsReplyStatus: app(true),
  PullSmsReplyStatusByPhoneNumber: app(true),
  SendStatusStatistics: app(true),
  CallbackStatusStatistics: app(true),
  SmsPackagesStatistics: app(true),
  DescribePhoneNumberInfo: account(true),
  // Callbacks (R-APP-9, R-RPL-1)
  ModifyReplyCallback: account(false),
  DescribeCallbackLog: account(true),
  DescribeOperationLog: account(true),
  // Platform side
  DescribePlatformOverview: platform('admin', 'finance', 'reviewer'),
  DescribeAnyUpload: platform('admin', 'finance', 'reviewer'),
  DescribeReviewQueue: platform('reviewer', 'admin'),
  ReviewContent: platform('reviewer'),
  DescribeFinance: platform('finance', 'admin'),
  ModifyAccountBalance: platform('finance', 'admin'),
  DecideRefund: platform('finance'),
  ModifyPackageInvoice: platform('finance'),
  IssueInvoice: platform('finance'),
  ModifyCountryPrice: platform('admin'),
  ModifyAccountQuota: platform('admin'),
  DescribeAccounts: platform('admin', 'finance'),
  CreateAccount: platform('admin'),
  ModifyAccountIdentity: platform('admin'),
  // Delivery channels and routes
  DescribeChannels: platform('admin'),
  ModifyChannels: platform('admin'),
  ModifyPlatformSecurity: platform('admin'),
  // The operation log: customers see their account's, the admin every account's.
  DescribePlatformOperationLog: platform('admin'),
  DescribeAlarmDeliveries: platform('admin'),
  ModifyReviewCalendar: platform('admin'),
} as const satisfies Record<string, ActionDef>;

export type ActionName = keyof typeof ACTIONS;
