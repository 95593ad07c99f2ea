import { NotFoundState } from '@/components/states/not-found-state';

export default function NotFound() {
  return (
    <main className="p-6">
      <NotFoundState home={{ href: '/', labelKey: 'backConsole' }} />
    </main>
  );
}
