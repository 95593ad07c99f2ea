import { redirect } from 'next/navigation';
import { getActorContext, homePathFor } from '@/lib/server/session';
import { LoginForm } from './login-form';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { setLocaleAction } from '@/app/locale/actions';

export const dynamic = 'force-dynamic';

export default async function LoginPage() {
  const ctx = await getActorContext();
  if (ctx) redirect(homePathFor(ctx.actor.role));
  const t = await getTranslations('login');
  return (
    <main className="flex min-h-screen items-center justify-center bg-side px-4">
      <div className="w-full max-w-sm rounded-sm bg-white p-8 shadow-xl">
        <div className="flex items-start justify-between gap-2">
          <h1 className="text-xl font-semibold text-slate-900">{t('title')}</h1>
          <LanguageSwitch setLocale={setLocaleAction} compact />
        </div>
        <p className="mb-6 mt-1 text-sm text-slate-500">{t('subtitle')}</p>
        <LoginForm />
      </div>
    </main>
  );
}
