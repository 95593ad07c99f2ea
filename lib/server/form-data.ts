import 'server-only';
import type { IncomingFiles } from './content/uploads';

/** The non-empty files of the named fields, read into memory (each is at most 5 MB after checks). */
export async function filesOf(form: FormData, names: readonly string[]): Promise<IncomingFiles> {
  const out: IncomingFiles = {};
  for (const name of names) {
    const value = form.get(name);
    if (value && typeof value !== 'string' && value.size > 0) {
      out[name] = { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
    }
  }
  return out;
}
