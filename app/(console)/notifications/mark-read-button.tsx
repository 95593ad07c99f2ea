'use client';
import { ActionButton } from '@/components/ui/action-button';
import { markReadAction } from './actions';

/** Marks one notification read, or all of them (no id). */
export function MarkReadButton({ id, label }: { id?: number; label: string }) {
  return <ActionButton action={() => markReadAction(id)}>{label}</ActionButton>;
}
