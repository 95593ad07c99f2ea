'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { signOutOtherSessionsAction } from '@/app/(auth)/login/actions';

export function SignOutOthersButton({ others }: { others: number }) {
  const tx = useText();
  const router = useRouter();
  return (
    <ConfirmButton
      label={tx('Sign out other sessions')}
      disabled={others === 0}
      title={tx('Sign out other sessions')}
      body={
        <p>{tx('Every other browser signed in as you is signed out at its next request. This one stays signed in.')}</p>
      }
      confirmLabel={tx('Sign out others')}
      onConfirm={async () => {
        const res = await signOutOtherSessionsAction();
        if (!res.ok) return res.message;
        router.refresh();
        return null;
      }}
    />
  );
}
