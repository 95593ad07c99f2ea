import { PageSkeleton } from '@/components/states/page-skeleton';

// Only on pages that never answer "not found": with a loading state the status line is sent
// before the page runs, so a page that can 404 must not stream.
export default function Loading() {
  return <PageSkeleton />;
}
