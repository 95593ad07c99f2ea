// The channel runner of this process, when background work runs here (Admin → "Send test message").
import type { OutboundMessage, SubmitResult } from './types';

export interface RunningChannels {
  isRunning(channelId: number): boolean;
  sendTest(channelId: number, message: OutboundMessage): Promise<SubmitResult | null>;
}

const globalForRunner: typeof globalThis & { __smsChannelRunner?: RunningChannels } = globalThis;

export function processChannelRunner(): RunningChannels | undefined {
  return globalForRunner.__smsChannelRunner;
}

export function setProcessChannelRunner(runner: RunningChannels | undefined): void {
  globalForRunner.__smsChannelRunner = runner;
}
