import { describe, expect, it } from 'vitest';
import { errorReason } from '../errors';
import { classifySubmitStatus, smscCodeReason } from './smsc-status';

describe('SMSC submit answers', () => {
  it.each([
    [0x58, 'throttled'],
    [0x14, 'temporary'],
    [0x08, 'temporary'],
    [0x0b, 'permanent'],
    [0x66, 'permanent'],
    [0x400, 'permanent'],
  ] as const)('0x%s is %s', (status, kind) => {
    expect(classifySubmitStatus(status).kind).toBe(kind);
  });

  it('codes read back as reasons in records and failure analysis', () => {
    expect(classifySubmitStatus(0x0b)).toEqual({
      kind: 'permanent',
      code: 'SMPP:0x0000000B',
      reason: 'ESME_RINVDSTADR: invalid destination address',
    });
    expect(smscCodeReason('SMPP:0x00000400')).toBe('SMSC error 0x00000400');
    expect(smscCodeReason('UNDELIV')).toBeNull();
    expect(errorReason('SMPP:0x00000058')).toBe('ESME_RTHROTTLED: throttled: over the SMSC rate');
    expect(errorReason(1049)).toBe('no delivery route for this destination');
    expect(errorReason('UNDELIV:005')).toBe('Undeliverable: the handset was unreachable (carrier error 005)');
    expect(errorReason('DELETED')).toBe('Deleted at the carrier before delivery');
    expect(errorReason('UNKNOWN:009')).toBe('Delivery state unknown at the carrier (carrier error 009)');
    expect(errorReason('ZZZZZZZ:1')).toBe('carrier code ZZZZZZZ:1');
  });
});
