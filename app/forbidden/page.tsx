import { useText } from '@/i18n/text';
import Link from 'next/link';

export default function ForbiddenPage() {
  const tx = useText();
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="max-w-md rounded-sm border border-slate-200 bg-white p-8 text-center">
        <h1 className="text-lg font-semibold">{tx('No access')}</h1>
        <p className="mt-2 text-slate-600">{tx('Your login does not have permission to open that page.')}</p>
        <Link href="/" className="mt-4 inline-block text-brand-500 hover:underline">
          {tx('Back to your home page')}
        </Link>
      </div>
    </main>
  );
}
