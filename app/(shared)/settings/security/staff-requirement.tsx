'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { setStaffTwoFactorAction } from './actions';

export function StaffRequirement({ required }: { required: boolean }) {
  const tx = useText();
  const router = useRouter();
  return (
    <ConfirmButton
      label={required ? tx('Stop requiring it') : tx('Require two-factor sign-in for staff')}
      title={required ? tx('Stop requiring two-factor sign-in') : tx('Require two-factor sign-in for staff')}
      body={
        <p>
          {required
            ? tx('Staff may then sign in with a password alone.')
            : tx(
                'Reviewers, finance staff and admins without two-factor sign-in are sent here to set it up before they can work.',
              )}
        </p>
      }
      confirmLabel={required ? tx('Stop requiring') : tx('Require')}
      onConfirm={async () => {
        const res = await setStaffTwoFactorAction(!required);
        if (!res.ok) return res.message;
        router.refresh();
        return null;
      }}
    />
  );
}
