import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { ChangePasswordForm } from './change-password-form';

export default function ChangePasswordPage() {
  return (
    <div className="max-w-lg">
      <PageHeader title="Change password" crumbs={[{ label: 'Settings' }]} />
      <Card>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
