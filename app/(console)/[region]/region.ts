import { notFound } from 'next/navigation';
import type { Region } from '@/db/enums';

export const REGION_LABELS: Record<Region, string> = {
  mainland: 'Mainland China SMS',
  international: 'International SMS',
};

/** The list a URL names (`/mainland/…`, `/international/…`); anything else is 404. */
export async function regionFrom(params: Promise<{ region: string }>): Promise<Region> {
  const { region } = await params;
  if (region !== 'mainland' && region !== 'international') notFound();
  return region;
}

/** A numeric id from the URL, or 404. */
export async function idFrom(params: Promise<{ id: string }>): Promise<number> {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}
