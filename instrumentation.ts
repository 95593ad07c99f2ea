// Starts the background work (dispatcher, scheduler, duties) inside the Next.js server process.
// Node runtime only; never during `next build`; SMS_BACKGROUND=off leaves it to `npm run worker`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.SMS_BACKGROUND === 'off' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startBackground } = await import('./lib/jobs/start');
  startBackground();
}
