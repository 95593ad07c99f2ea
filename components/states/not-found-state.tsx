import Link from 'next/link';

/** An area's "not found": the page or item does not exist (or belongs to another account), and the way back. */
export function NotFoundState({ home }: { home: { href: string; label: string } }) {
  return (
    <div className="mx-auto max-w-lg rounded-sm border border-slate-200 bg-white p-6">
      <h1 className="text-lg font-semibold text-slate-900">Not found</h1>
      <p className="mt-2 text-sm text-slate-600">This page or item does not exist, was deleted, or is not one you can see.</p>
      <Link href={home.href} className="mt-4 inline-block rounded-sm border border-slate-300 px-4 py-1.5 text-sm hover:border-brand-500">
        {home.label}
      </Link>
    </div>
  );
}
