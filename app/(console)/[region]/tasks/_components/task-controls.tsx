'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { taskControlAction } from '../actions';

/** Stop / Start / Cancel by status (R-SND-4), each confirmed. */
export function TaskControls({
  taskId,
  status,
  variant = 'link',
}: {
  taskId: number;
  status: string;
  variant?: 'link' | 'secondary';
}) {
  const tx = useText();
  const router = useRouter();
  const act = (op: 'stop' | 'start' | 'cancel') => async () => {
    const res = await taskControlAction(taskId, op);
    if (!res.ok) return res.message;
    router.refresh();
    return null;
  };
  return (
    <>
      {status === 'sending' ? (
        <ConfirmButton
          label={tx('Stop')}
          variant={variant}
          title={tx('Stop this task?')}
          body={<p>{tx('Messages not yet sent are held and not billed. You can start the task again later.')}</p>}
          onConfirm={act('stop')}
        />
      ) : null}
      {status === 'stopped' ? (
        <ConfirmButton
          label={tx('Start')}
          variant={variant}
          title={tx('Start this task again?')}
          body={<p>{tx('The remaining messages are sent and billed.')}</p>}
          onConfirm={act('start')}
        />
      ) : null}
      {status === 'scheduled' ? (
        <ConfirmButton
          label={tx('Cancel')}
          variant={variant}
          danger
          confirmLabel={tx('Cancel task')}
          title={tx('Cancel this scheduled task?')}
          body={
            <p>
              {tx(
                'Nothing will be sent. A task can be cancelled up to 5 minutes before its send time. This cannot be undone.',
              )}
            </p>
          }
          onConfirm={act('cancel')}
        />
      ) : null}
    </>
  );
}
