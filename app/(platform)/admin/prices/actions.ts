'use server';
import { serverAction } from '@/lib/server/action';
import { setCountryPrice, setIntlQuota } from '@/lib/server/money/international';
import { countryPriceInput, intlQuotaInput } from '@/lib/schemas/money';

export const setCountryPriceAction = serverAction(countryPriceInput, setCountryPrice, { path: '/admin/prices' });

export const setQuotaAction = serverAction(intlQuotaInput, setIntlQuota, { path: '/admin/accounts' });
