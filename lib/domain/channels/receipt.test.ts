import { describe, expect, it } from 'vitest';
import { formatReceipt, messageStateOf, parseReceipt } from './receipt';

describe('delivery receipts', () => {
  it('parses the receipt text: delivered, failed with an error, and the done date', () => {
    expect(
      parseReceipt(
        'id:0A1B sub:001 dlvrd:001 submit date:2611281030 done date:2611281031 stat:DELIVRD err:000 text:hi',
      ),
    ).toEqual({
      id: '0A1B',
      stat: 'DELIVRD',
      err: '000',
      delivered: true,
      code: null,
      doneAt: Date.UTC(2026, 10, 28, 10, 31),
    });
    expect(parseReceipt('id:7 stat:UNDELIV err:005 done date:261128103105')).toMatchObject({
      delivered: false,
      code: 'UNDELIV:005',
      doneAt: Date.UTC(2026, 10, 28, 10, 31, 5),
    });
    expect(parseReceipt('id:7 stat:EXPIRED')).toMatchObject({ code: 'EXPIRED', err: null, doneAt: null });
    expect(parseReceipt('id:7 stat:expired err:0 done date:bad')).toMatchObject({ code: 'EXPIRED', doneAt: null });
  });

  it('TLVs win over the text; intermediate and unparsable receipts are not final', () => {
    expect(parseReceipt('id:1 stat:UNDELIV', { receiptedMessageId: 'ABC', messageState: 2 })).toMatchObject({
      id: 'ABC',
      stat: 'DELIVRD',
      delivered: true,
    });
    expect(parseReceipt('id:1 stat:ENROUTE')).toBeNull();
    expect(parseReceipt('hello')).toBeNull();
    expect(parseReceipt('stat:DELIVRD')).toBeNull();
    expect(parseReceipt('id:1', { messageState: 99 })).toBeNull();
  });

  it('formats what it parses', () => {
    const t = new Date(Date.UTC(2026, 10, 28, 2, 3));
    const text = formatReceipt({
      id: 'X1',
      stat: 'UNDELIV',
      err: '001',
      submitAt: t,
      doneAt: t,
      text: 'a long message text here',
    });
    expect(text).toBe(
      'id:X1 sub:001 dlvrd:000 submit date:2611280203 done date:2611280203 stat:UNDELIV err:001 text:a long message text ',
    );
    expect(parseReceipt(text)).toMatchObject({ id: 'X1', code: 'UNDELIV:001', doneAt: t.getTime() });
    expect(formatReceipt({ id: 'X2', stat: 'DELIVRD', err: '000', submitAt: t, doneAt: t, text: '' })).toContain(
      'dlvrd:001',
    );
    expect(messageStateOf('DELIVRD')).toBe(2);
    expect(messageStateOf('NOPE')).toBe(7);
  });
});
