import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card, StatusBadge } from '@/components/ui/card';
import { contentSummary } from '@/lib/server/overview/content-summary';
import { requireCustomerPage } from '@/lib/server/session';

/** R-UI-3: the four steps, each done or pending from real data. */
export default async function QuickStartPage() {
  const ctx = await requireCustomerPage();
  const s = contentSummary(ctx);
  const steps = [
    {
      title: 'Create Signature',
      done: s.quickStart.signatureCreated,
      text:
        s.approvedQualifications === 0
          ? 'Mainland signatures need an approved qualification first: add one, then create the signature. International signatures need none.'
          : 'Create the signature that identifies you as the sender.',
      links: [
        ...(s.approvedQualifications === 0 ? [{ href: '/mainland/qualifications/new', label: 'Add Qualification' }] : []),
        { href: '/mainland/signatures/new', label: 'Create Signature' },
      ],
    },
    {
      title: 'Create Body Template',
      done: s.quickStart.templateCreated,
      text: 'Write the message body; variables {1}, {2}, … are filled in when sending.',
      links: [{ href: '/mainland/templates/new', label: 'Create Body Template' }],
    },
    {
      title: 'Wait for review',
      done: s.quickStart.reviewPassed,
      text: `Reviewers decide within two review hours. Effective now: ${s.signatures.effective} signature(s), ${s.templates.effective} template(s); pending: ${s.signatures.pending + s.templates.pending}.`,
      links: [{ href: '/notifications', label: 'Notifications' }],
    },
    {
      title: 'Send SMS',
      done: false,
      text: 'With an effective signature and template, send from your systems with the application’s SdkAppId, or create a bulk task.',
      links: [{ href: '/applications', label: 'Application List' }],
    },
  ];
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader title="Quick Start" />
      <ol className="space-y-3">
        {steps.map((step, i) => (
          <li key={step.title} aria-label={`Step ${i + 1}: ${step.title}`}>
            <Card>
              <div className="flex items-start gap-4">
                <span className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-sm font-semibold ${step.done ? 'bg-emerald-500 text-white' : 'bg-slate-200 text-slate-600'}`}>
                  {step.done ? '✓' : i + 1}
                </span>
                <div className="flex-1">
                  <div className="flex items-center gap-2">
                    <h2 className="font-semibold">{step.title}</h2>
                    <StatusBadge tone={step.done ? 'green' : 'grey'}>{step.done ? 'Done' : 'Pending'}</StatusBadge>
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
