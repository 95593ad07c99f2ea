import { redirect } from 'next/navigation';
import { getActorContext, homePathFor } from '@/lib/server/session';

export const dynamic = 'force-dynamic';

/** `/` sends each user to its own area. */
export default async function Home() {
  const ctx = await getActorContext();
  redirect(ctx ? homePathFor(ctx.actor.role) : '/login');
}
