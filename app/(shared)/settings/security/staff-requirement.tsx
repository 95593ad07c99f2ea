'use client';
import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { setStaffTwoFactorAction } from './actions';

export function StaffRequirement({ required }: { required: boolean }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label={required ? 'Stop requiring it' : 'Require two-factor sign-in for staff'}
      title={required ? 'Stop requiring two-factor sign-in' : 'Require two-factor sign-in for staff'}
      body={<p>{required ? 'Staff may then sign in with a password alone.' : 'Reviewers, finance staff and admins without two-factor sign-in are sent here to set it up before they can work.'}</p>}
      confirmLabel={required ? 'Stop requiring' : 'Require'}
      onConfirm={async () => {
        const res = await setStaffTwoFactorAction(!required);
        if (!res.ok) return res.message;
        router.refresh();
        return null;
      }}
    />
  );
}
