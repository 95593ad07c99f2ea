// react-query keys and typed fetch helpers for the browser (docs/conventions.md #11).

export const queryKeys = {
  taskProgress: (taskId: number) => ['task', taskId, 'progress'] as const,
};

export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `Request failed (${res.status})`);
  }
  return (await res.json()) as T;
}
