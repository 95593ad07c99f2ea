import 'server-only';
import type { CloudAction } from '../registry';
import {
  addSmsSign,
  addSmsTemplate,
  deleteSmsSign,
  deleteSmsTemplate,
  describeSmsSignList,
  describeSmsTemplateList,
  modifySmsSign,
  modifySmsTemplate,
} from './content';
import { describePhoneNumberInfo } from './phone';
import {
  pullSmsReplyStatus,
  pullSmsReplyStatusByPhoneNumber,
  pullSmsSendStatus,
  pullSmsSendStatusByPhoneNumber,
} from './pull';
import { sendSms } from './send';
import { callbackStatusStatistics, sendStatusStatistics, smsPackagesStatistics } from './statistics';

/** The actions of `sms` 2021-01-11 this server answers. */
export const CLOUD_ACTIONS: Record<string, CloudAction> = {
  SendSms: sendSms,
  PullSmsSendStatus: pullSmsSendStatus,
  PullSmsSendStatusByPhoneNumber: pullSmsSendStatusByPhoneNumber,
  PullSmsReplyStatus: pullSmsReplyStatus,
  PullSmsReplyStatusByPhoneNumber: pullSmsReplyStatusByPhoneNumber,
  SendStatusStatistics: sendStatusStatistics,
  CallbackStatusStatistics: callbackStatusStatistics,
  SmsPackagesStatistics: smsPackagesStatistics,
  AddSmsSign: addSmsSign,
  ModifySmsSign: modifySmsSign,
  DeleteSmsSign: deleteSmsSign,
  DescribeSmsSignList: describeSmsSignList,
  AddSmsTemplate: addSmsTemplate,
  ModifySmsTemplate: modifySmsTemplate,
  DeleteSmsTemplate: deleteSmsTemplate,
  DescribeSmsTemplateList: describeSmsTemplateList,
  DescribePhoneNumberInfo: describePhoneNumberInfo,
};
