import { readUpload } from '@/lib/server/content/uploads';
import { AppError } from '@/lib/server/errors';
import { getActorContext } from '@/lib/server/session';

export const dynamic = 'force-dynamic';

/** An uploaded image for its own account's users and for platform staff; everyone else gets 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await getActorContext();
  if (!ctx) return Response.json({ error: 'Sign in first.' }, { status: 401 });
  const id = Number((await params).id);
  try {
    if (!Number.isInteger(id) || id <= 0) throw new AppError('NOT_FOUND', 'File not found.');
    const file = readUpload(ctx, id);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        'content-type': file.mime,
        'cache-control': 'private, max-age=3600',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (err) {
    if (err instanceof AppError)
      return Response.json({ error: err.message }, { status: err.code === 'FORBIDDEN' ? 403 : 404 });
    throw err;
  }
}
