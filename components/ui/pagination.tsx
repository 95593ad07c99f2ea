import Link from 'next/link';
import { useText } from '@/i18n/text';

/**
 * Previous / next links of a paged list, with "Page 2 of 9" (or "Page 2" when the total is not
 * counted and `hasMore` says whether there is a next page). Renders nothing for a single page.
 */
export function Pagination({
  page,
  pages,
  hasMore,
  href,
}: {
  page: number;
  pages?: number;
  hasMore?: boolean;
  /** The list's address for another page (built by the page, which knows its filters). */
  href: { previous: string; next: string };
}) {
  const tx = useText();
  const next = pages !== undefined ? page < pages : Boolean(hasMore);
  if (page <= 1 && !next) return null;
  return (
    <nav aria-label={tx('Pages')} className="mt-3 flex gap-3 text-sm">
      {page > 1 ? (
        <Link className="text-brand-500" href={href.previous}>
          {tx('Previous')}
        </Link>
      ) : null}
      <span>{pages !== undefined ? tx('Page {page} of {pages}', { page, pages }) : tx('Page {page}', { page })}</span>
      {next ? (
        <Link className="text-brand-500" href={href.next}>
          {tx('Next')}
        </Link>
      ) : null}
    </nav>
  );
}
