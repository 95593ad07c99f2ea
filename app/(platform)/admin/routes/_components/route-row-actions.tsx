'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Dialog } from '@/components/ui/dialog';
import { deleteRouteAction, moveRouteAction, setRouteEnabledAction } from '../actions';
import { RouteForm, type RouteFormValues } from './route-form';

export function RouteRowActions({ route, enabled, first, last, channels }: { route: RouteFormValues & { id: number }; enabled: boolean; first: boolean; last: boolean; channels: { id: number; name: string }[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [pending, start] = useTransition();
  const move = (direction: 'up' | 'down') =>
    start(async () => {
      await moveRouteAction(route.id, direction);
      router.refresh();
    });
  return (
    <div className="flex flex-wrap gap-x-3 gap-y-1">
      <Button variant="link" disabled={first || pending} onClick={() => move('up')} aria-label={`Move route ${route.id} up`}>
        Up
      </Button>
      <Button variant="link" disabled={last || pending} onClick={() => move('down')} aria-label={`Move route ${route.id} down`}>
        Down
      </Button>
      <Button variant="link" onClick={() => setEditing(true)} aria-label={`Edit route ${route.id}`}>
        Edit
      </Button>
      <Button
        variant="link"
        disabled={pending}
        onClick={() =>
          start(async () => {
            await setRouteEnabledAction(route.id, !enabled);
            router.refresh();
          })
        }
      >
        {enabled ? 'Disable' : 'Enable'}
      </Button>
      <ConfirmButton
        variant="link"
        danger
        label="Delete"
        title="Delete route"
        body={<p>Messages this route matched go to the next matching route; with none, they fail with 1049 (no route).</p>}
        confirmLabel="Delete"
        onConfirm={async () => {
          const res = await deleteRouteAction(route.id);
          if (res.ok) router.refresh();
          return res.ok ? null : res.message;
        }}
      />
      <Dialog open={editing} title={`Edit route ${route.id}`} onClose={() => setEditing(false)}>
        <RouteForm channels={channels} initial={route} onDone={() => setEditing(false)} />
      </Dialog>
    </div>
  );
}
