import { redirect } from 'next/navigation';
import { getActorContext, homePathFor } from '@/lib/server/session';
import { LoginForm } from './login-form';

export const dynamic = 'force-dynamic';

export default async function LoginPage() {
  const ctx = await getActorContext();
  if (ctx) redirect(homePathFor(ctx.actor.role));
  return (
    <main className="flex min-h-screen items-center justify-center bg-side px-4">
      <div className="w-full max-w-sm rounded-sm bg-white p-8 shadow-xl">
        <h1 className="text-xl font-semibold text-slate-900">SMS Console</h1>
        <p className="mb-6 mt-1 text-sm text-slate-500">Sign in to manage your SMS service.</p>
        <LoginForm />
      </div>
    </main>
  );
}
