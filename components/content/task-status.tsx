import { StatusBadge } from '@/components/ui/card';

const TASK: Record<string, [string, 'green' | 'amber' | 'red' | 'blue' | 'grey']> = {
  scheduled: ['Scheduled', 'blue'],
  sending: ['Sending', 'amber'],
  sent: ['Sent', 'green'],
  stopped: ['Stopped', 'grey'],
  cancelled: ['Cancelled', 'grey'],
  failed: ['Failed', 'red'],
};
const MESSAGE: Record<string, [string, 'green' | 'amber' | 'red' | 'blue' | 'grey']> = {
  pending: ['Pending', 'grey'],
  submitted: ['Submitted', 'blue'],
  delivered: ['Delivered', 'green'],
  undelivered: ['Undelivered', 'red'],
  failed: ['Failed', 'red'],
};

export function TaskStatus({ status }: { status: string }) {
  const [label, tone] = TASK[status] ?? [status, 'grey'];
  return <StatusBadge tone={tone}>{label}</StatusBadge>;
}

export function MessageStatus({ status }: { status: string }) {
  const [label, tone] = MESSAGE[status] ?? [status, 'grey'];
  return <StatusBadge tone={tone}>{label}</StatusBadge>;
}
