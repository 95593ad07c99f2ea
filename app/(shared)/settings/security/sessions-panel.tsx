'use client';
import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { signOutOtherSessionsAction } from '@/app/(auth)/login/actions';

export function SignOutOthersButton({ others }: { others: number }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Sign out other sessions"
      disabled={others === 0}
      title="Sign out other sessions"
      body={<p>Every other browser signed in as you is signed out at its next request. This one stays signed in.</p>}
      confirmLabel="Sign out others"
      onConfirm={async () => {
        const res = await signOutOtherSessionsAction();
        if (!res.ok) return res.message;
        router.refresh();
        return null;
      }}
    />
  );
}
