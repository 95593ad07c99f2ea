'use server';
import { serverAction } from '@/lib/server/action';
import { requestInvoice } from '@/lib/server/money/invoices';
import { invoiceRequestInput } from '@/lib/schemas/money';

export const requestInvoiceAction = serverAction(invoiceRequestInput, requestInvoice, { path: '/billing' });
