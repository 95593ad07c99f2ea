// SMSC answers to submit_sm: which command_status is worth a retry and which ends
// the message, with the code and reason shown in records and Failure Analysis.

export type SubmitFailureKind = 'throttled' | 'temporary' | 'permanent';

export interface SubmitFailure {
  kind: SubmitFailureKind;
  /** Recorded as the message's failure code, e.g. `SMPP:0x0000000B`. */
  code: string;
  reason: string;
}

const STATUS: Record<number, [string, SubmitFailureKind, string]> = {
  0x01: ['ESME_RINVMSGLEN', 'permanent', 'message length is invalid'],
  0x08: ['ESME_RSYSERR', 'temporary', 'system error at the SMSC'],
  0x0a: ['ESME_RINVSRCADR', 'permanent', 'invalid source address'],
  0x0b: ['ESME_RINVDSTADR', 'permanent', 'invalid destination address'],
  0x0d: ['ESME_RBINDFAIL', 'temporary', 'bind failed'],
  0x14: ['ESME_RMSGQFUL', 'temporary', 'message queue full at the SMSC'],
  0x45: ['ESME_RSUBMITFAIL', 'temporary', 'submit_sm failed at the SMSC'],
  0x58: ['ESME_RTHROTTLED', 'throttled', 'throttled: over the SMSC rate'],
  0x61: ['ESME_RINVSCHED', 'permanent', 'invalid scheduled delivery time'],
  0x62: ['ESME_RINVEXPIRY', 'permanent', 'invalid validity period'],
  0x64: ['ESME_RX_T_APPN', 'temporary', 'temporarily rejected by the SMSC'],
  0x65: ['ESME_RX_P_APPN', 'permanent', 'permanently rejected by the SMSC'],
  0x66: ['ESME_RX_R_APPN', 'permanent', 'rejected by the SMSC'],
};

function hex(status: number): string {
  return `0x${status.toString(16).toUpperCase().padStart(8, '0')}`;
}

/** Classifies a non-zero submit_sm_resp command_status. Unknown statuses end the message. */
export function classifySubmitStatus(status: number): SubmitFailure {
  const known = STATUS[status];
  if (known) return { kind: known[1], code: `SMPP:${hex(status)}`, reason: `${known[0]}: ${known[2]}` };
  return { kind: 'permanent', code: `SMPP:${hex(status)}`, reason: `SMSC error ${hex(status)}` };
}

/** The reason of an `SMPP:0x…` code for records and Failure Analysis, or null for other codes. */
export function smscCodeReason(code: string): string | null {
  const m = /^SMPP:0x([0-9A-F]{8})$/i.exec(code);
  if (!m) return null;
  return classifySubmitStatus(parseInt(m[1], 16)).reason;
}

/** No answer from the link in time, or the link dropped with the submit outstanding. */
export const LINK_FAILURE: SubmitFailure = { kind: 'temporary', code: '1008', reason: 'channel timed out' };
