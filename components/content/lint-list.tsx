import { useText } from '@/i18n/text';
import type { LintFinding } from '@/lib/domain/sms/lint';

/** Linter findings shown while typing, before a reviewer would reject. */
export function LintList({ findings }: { findings: LintFinding[] }) {
  const tx = useText();
  if (findings.length === 0) return null;
  return (
    <ul aria-label={tx('Checks')} className="space-y-1">
      {findings.map((f, i) => (
        <li
          key={i}
          role={f.severity === 'error' ? 'alert' : 'status'}
          className={`rounded-sm px-3 py-1.5 text-xs ${f.severity === 'error' ? 'bg-red-50 text-red-700' : 'bg-amber-50 text-amber-800'}`}
        >
          {f.severity === 'error' ? tx('Error') : tx('Warning')}: {f.message}
        </li>
      ))}
    </ul>
  );
}
