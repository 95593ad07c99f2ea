'use client';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { markReadAction } from './actions';

export function MarkReadButton({ id, label }: { id?: number; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      variant="link"
      disabled={pending}
      onClick={() => start(async () => (await markReadAction(id), router.refresh()))}
    >
      {label}
    </Button>
  );
}
