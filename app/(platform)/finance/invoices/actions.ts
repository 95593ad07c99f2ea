'use server';
import { serverAction } from '@/lib/server/action';
import { decideInvoice } from '@/lib/server/money/invoices';
import { invoiceDecisionInput } from '@/lib/schemas/money';

export const decideInvoiceAction = serverAction(invoiceDecisionInput, decideInvoice, { path: '/finance/invoices' });
