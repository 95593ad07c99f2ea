import 'server-only';
import { cloudError } from '@/lib/api/errors';
import { normalizeAnyPhone, splitE164 } from '@/lib/domain/phone/normalize';
import { requireAccount } from '../../context';
import { defineAction } from '../registry';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** DescribePhoneNumberInfo (§3.18): the same parser as SendSms, one entry per number. */
export const describePhoneNumberInfo = defineAction({
  params: { PhoneNumberSet: { type: 'String[]', required: true } },
  run(ctx, p, { lang }) {
    const account = requireAccount(ctx);
    ctx.authorize('DescribePhoneNumberInfo', { accountId: account.id });
    if (p.PhoneNumberSet.length > 200)
      throw cloudError(
        'LimitExceeded.PhoneNumberCountLimit',
        'At most 200 numbers per request.',
        '单次请求的手机号不能超过 200 个。',
        lang,
      );
    return {
      PhoneNumberInfoSet: p.PhoneNumberSet.map((raw) => {
        const n = normalizeAnyPhone(raw);
        if (!n.ok) {
          return {
            Code: 'FailedOperation.PhoneNumberParseFail',
            Message: lang === 'zh-CN' ? '手机号解析失败' : 'the number could not be parsed',
            NationCode: '',
            SubscriberNumber: '',
            PhoneNumber: raw,
            IsoCode: 'DEF',
            IsoName: '',
          };
        }
        return {
          Code: 'Ok',
          Message: 'success',
          NationCode: n.countryCode,
          SubscriberNumber: splitE164(n.e164).national,
          PhoneNumber: n.e164,
          IsoCode: n.isoCountry,
          IsoName: regionNames.of(n.isoCountry) ?? n.isoCountry,
        };
      }),
    };
  },
});
