import { uiText, useText } from '@/i18n/text';
import { StatusBadge } from '@/components/ui/status-badge';

const TASK: Record<string, [string, 'green' | 'amber' | 'red' | 'blue' | 'grey']> = {
  scheduled: [uiText('Scheduled'), 'blue'],
  sending: [uiText('Sending'), 'amber'],
  sent: [uiText('Sent'), 'green'],
  stopped: [uiText('Stopped'), 'grey'],
  cancelled: [uiText('Cancelled'), 'grey'],
  failed: [uiText('Failed'), 'red'],
};
const MESSAGE: Record<string, [string, 'green' | 'amber' | 'red' | 'blue' | 'grey']> = {
  pending: [uiText('Pending'), 'grey'],
  submitted: [uiText('Submitted'), 'blue'],
  delivered: [uiText('Delivered'), 'green'],
  undelivered: [uiText('Undelivered'), 'red'],
  failed: [uiText('Failed'), 'red'],
};

export function TaskStatus({ status }: { status: string }) {
  const tx = useText();
  const [label, tone] = TASK[status] ?? [status, 'grey'];
  return <StatusBadge tone={tone}>{tx(label)}</StatusBadge>;
}

export function MessageStatus({ status }: { status: string }) {
  const tx = useText();
  const [label, tone] = MESSAGE[status] ?? [status, 'grey'];
  return <StatusBadge tone={tone}>{tx(label)}</StatusBadge>;
}
