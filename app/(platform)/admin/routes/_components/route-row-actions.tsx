'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ActionButton } from '@/components/ui/action-button';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Dialog } from '@/components/ui/dialog';
import { deleteRouteAction, moveRouteAction, setRouteEnabledAction } from '../actions';
import { RouteForm, type RouteFormValues } from './route-form';

export function RouteRowActions({
  route,
  enabled,
  first,
  last,
  channels,
}: {
  route: RouteFormValues & { id: number };
  enabled: boolean;
  first: boolean;
  last: boolean;
  channels: { id: number; name: string }[];
}) {
  const tx = useText();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  return (
    <div className="flex flex-wrap gap-x-3 gap-y-1">
      <ActionButton
        disabled={first}
        action={() => moveRouteAction(route.id, 'up')}
        aria-label={tx('Move route {id} up', { id: route.id })}
      >
        {tx('Up')}
      </ActionButton>
      <ActionButton
        disabled={last}
        action={() => moveRouteAction(route.id, 'down')}
        aria-label={tx('Move route {id} down', { id: route.id })}
      >
        {tx('Down')}
      </ActionButton>
      <Button variant="link" onClick={() => setEditing(true)} aria-label={tx('Edit route {id}', { id: route.id })}>
        {tx('Edit')}
      </Button>
      <ActionButton action={() => setRouteEnabledAction(route.id, !enabled)}>
        {enabled ? tx('Disable') : tx('Enable')}
      </ActionButton>
      <ConfirmButton
        variant="link"
        danger
        label={tx('Delete')}
        title={tx('Delete route')}
        body={
          <p>
            {tx(
              'Messages this route matched go to the next matching route; with none, they fail with 1049 (no route).',
            )}
          </p>
        }
        confirmLabel={tx('Delete')}
        onConfirm={async () => {
          const res = await deleteRouteAction(route.id);
          if (res.ok) router.refresh();
          return res.ok ? null : res.message;
        }}
      />
      <Dialog open={editing} title={tx('Edit route {id}', { id: route.id })} onClose={() => setEditing(false)}>
        <RouteForm channels={channels} initial={route} onDone={() => setEditing(false)} />
      </Dialog>
    </div>
  );
}
