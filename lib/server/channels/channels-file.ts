import 'server-only';
// SMS_CHANNELS_FILE: channels and routes kept in a JSON file, applied at start.
// Channels are matched by name (added or updated); the file's routes replace the route table.
import fs from 'node:fs';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { channels, routes } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { systemContext } from '../system-context';
import { AppError } from '../errors';
import { addChannel, addRoute, editChannel, setChannelEnabled } from './manage-channels';
import { parseInput } from '../validation';
import { channelInput, routeInput } from '@/lib/schemas/channels';

const fileShape = z.object({
  channels: z.array(z.looseObject({ name: z.string(), kind: z.string(), enabled: z.boolean().optional() })).default([]),
  routes: z
    .array(
      z.object({
        region: z.enum(['mainland', 'international']).optional(),
        country: z.string().optional(),
        messageType: z.enum(['verification', 'notification', 'marketing']).optional(),
        accountUin: z.union([z.string(), z.number()]).optional(),
        channels: z.array(z.string()).min(1),
      }),
    )
    .optional(),
});

/** Applies the file; throws with the entry and field that are wrong, changing nothing. */
export function applyChannelsFile(db: Db, file: string, now = new Date()): { channels: number; routes: number } {
  const ctx = systemContext(db, now);
  let parsed: z.infer<typeof fileShape>;
  try {
    parsed = fileShape.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (err) {
    throw new Error(`SMS_CHANNELS_FILE ${file}: ${(err as Error).message}`);
  }
  const where = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (err) {
      const detail =
        err instanceof AppError && err.fieldErrors
          ? Object.entries(err.fieldErrors)
              .map(([k, v]) => `${k}: ${v}`)
              .join('; ')
          : (err as Error).message;
      throw new Error(`SMS_CHANNELS_FILE ${file}: ${what}: ${detail}`);
    }
  };
  db.transaction(
    () => {
      for (const c of parsed.channels) {
        where(`channel "${c.name}"`, () => {
          const input = {
            ...c,
            password: c.password ?? c.secretKey,
            templates:
              typeof c.templates === 'object' && c.templates
                ? Object.entries(c.templates)
                    .map(([k, v]) => `${k}=${v}`)
                    .join('\n')
                : c.templates,
          };
          const existing = db.select({ id: channels.id }).from(channels).where(eq(channels.name, c.name)).get();
          const id = existing
            ? (editChannel(ctx, existing.id, parseInput(channelInput, input)), existing.id)
            : addChannel(ctx, parseInput(channelInput, input)).id;
          if (c.enabled !== undefined) setChannelEnabled(ctx, id, c.enabled);
        });
      }
      if (parsed.routes) {
        db.delete(routes).run();
        const byName = new Map(
          db
            .select({ id: channels.id, name: channels.name })
            .from(channels)
            .all()
            .map((c) => [c.name, c.id]),
        );
        parsed.routes.forEach((r, i) =>
          where(`route ${i + 1}`, () => {
            const missing = r.channels.find((n) => !byName.has(n));
            if (missing) throw new Error(`no channel named "${missing}"`);
            addRoute(
              ctx,
              parseInput(routeInput, {
                region: r.region ?? '',
                country: r.country ?? '',
                messageType: r.messageType ?? '',
                accountUin: r.accountUin === undefined ? '' : String(r.accountUin),
                channelIds: r.channels.map((n) => byName.get(n)!),
              }),
            );
          }),
        );
      }
    },
    { behavior: 'immediate' },
  );
  return { channels: parsed.channels.length, routes: parsed.routes?.length ?? 0 };
}
