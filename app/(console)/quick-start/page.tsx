import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import { contentSummary } from '@/lib/server/overview/content-summary';
import { requireCustomerPage } from '@/lib/server/session';
import { getTranslations } from 'next-intl/server';

/** R-UI-3: the four steps, each done or pending from real data. */
export default async function QuickStartPage() {
  const ctx = await requireCustomerPage();
  const s = contentSummary(ctx);
  const t = await getTranslations('quickStart');
  const steps = [
    {
      title: t('signatureTitle'),
      done: s.quickStart.signatureCreated,
      text: s.approvedQualifications === 0 ? t('signatureNeedsQualification') : t('signatureText'),
      links: [
        ...(s.approvedQualifications === 0
          ? [{ href: '/mainland/qualifications/new', label: t('addQualification') }]
          : []),
        { href: '/mainland/signatures/new', label: t('signatureTitle') },
      ],
    },
    {
      title: t('templateTitle'),
      done: s.quickStart.templateCreated,
      // Raw: the text shows template variables in braces, which the message format would read as arguments.
      text: t.raw('templateText') as string,
      links: [{ href: '/mainland/templates/new', label: t('templateTitle') }],
    },
    {
      title: t('reviewTitle'),
      done: s.quickStart.reviewPassed,
      text: t('reviewText', {
        signatures: s.signatures.effective,
        templates: s.templates.effective,
        pending: s.signatures.pending + s.templates.pending,
      }),
      links: [{ href: '/notifications', label: t('notifications') }],
    },
    {
      title: t('sendTitle'),
      done: false,
      text: t('sendText'),
      links: [{ href: '/applications', label: t('applicationList') }],
    },
  ];
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader title={t('title')} />
      <ol className="space-y-3">
        {steps.map((step, i) => (
          <li key={step.title} aria-label={t('step', { n: i + 1, title: step.title })}>
            <Card>
              <div className="flex items-start gap-4">
                <span
                  className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-sm font-semibold ${step.done ? 'bg-emerald-500 text-white' : 'bg-slate-200 text-slate-600'}`}
                >
                  {step.done ? '✓' : i + 1}
                </span>
                <div className="flex-1">
                  <div className="flex items-center gap-2">
                    <h2 className="font-semibold">{step.title}</h2>
                    <StatusBadge tone={step.done ? 'green' : 'grey'}>
                      {step.done ? t('done') : t('pending')}
                    </StatusBadge>
                  </div>
                  <p className="mt-1 text-sm text-slate-600">{step.text}</p>
                  <div className="mt-2 flex gap-4">
                    {step.links.map((l) => (
                      <Link key={l.href} href={l.href} className="text-sm text-brand-500 hover:underline">
                        {l.label}
                      </Link>
                    ))}
                  </div>
                </div>
              </div>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
