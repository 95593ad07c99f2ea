import { useText } from '@/i18n/text';
import { PageHeader } from '@/components/layout/page-header';

/** What a sub-user sees on the owner's Access Management pages (R-CAM-1: the owner manages them). */
export function OwnerOnly({ title }: { title: string }) {
  const tx = useText();
  return (
    <div className="max-w-5xl">
      <PageHeader title={title} crumbs={[{ label: 'Access Management' }]} />
      <p className="text-sm text-slate-600">{tx('Only the account owner manages users and policies.')}</p>
    </div>
  );
}
