// The data-access boundary (docs/architecture.md, "Data access"): SQL only SQLite speaks lives in
// db/ (dialect.ts, client.ts, migrate.ts) and nowhere else, so another store replaces those files
// rather than every query; and the dialect's fragments do what the queries rely on.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { IN_LIST, beijingDay, boundList, jsonArrayHas, jsonHead, jsonLength, jsonTail } from './dialect';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCANNED = ['app', 'components', 'lib', 'scripts', 'i18n'];
const SQLITE_ONLY =
  /json_each|json_extract|json_remove|json_array_length|INDEXED BY|INSERT OR (IGNORE|REPLACE)|\.pragma\(|'unixepoch'|sqlite_master|from 'better-sqlite3'/i;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(p);
    return /\.(ts|tsx|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Code lines of a file, comments left out (a comment may name what it explains). */
function codeLines(file: string): [number, string][] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i): [number, string] => [i + 1, line])
    .filter(([, line]) => !/^\s*(\/\/|\*|\/\*)/.test(line));
}

describe('the SQLite dialect stays in db/', () => {
  it('no query outside db/ uses SQLite-only syntax or the driver itself', () => {
    const found = SCANNED.flatMap((d) => sources(path.join(ROOT, d))).flatMap((file) =>
      codeLines(file)
        .filter(([, line]) => SQLITE_ONLY.test(line))
        .map(([n, line]) => `${path.relative(ROOT, file)}:${n}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('the fragments select, test and cut lists as the queries expect', () => {
    const raw = openDatabase(':memory:').$client;
    raw.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, tags TEXT NOT NULL);
      INSERT INTO t VALUES (1, '["a","b"]'), (2, '["c"]'), (3, '[]');`);
    const ids = raw.prepare<unknown[], { id: number }>(`SELECT id FROM t WHERE id IN ${IN_LIST} ORDER BY id`);
    expect(ids.all(boundList([3, 1, 3])).map((r) => r.id)).toEqual([1, 3]);
    expect(boundList(['x', 'x', 'y'])).toBe('["x","y"]');
    const tagged = raw.prepare<unknown[], { id: number }>(`SELECT id FROM t WHERE ${jsonArrayHas('tags')}`);
    expect(tagged.all('c').map((r) => r.id)).toEqual([2]);
    const cut = raw
      .prepare<unknown[], { head: string; tail: string; n: number }>(
        `SELECT ${jsonHead('tags')} AS head, ${jsonTail('tags')} AS tail, ${jsonLength('tags')} AS n FROM t WHERE id = 1`,
      )
      .get();
    expect(cut).toEqual({ head: 'a', tail: '["b"]', n: 2 });
    // 2026-11-27 16:00 UTC is already the 28th in Beijing (UTC+8); one millisecond earlier is not.
    const day = raw.prepare<unknown[], { d: string }>(`SELECT ${beijingDay('?')} AS d`);
    expect(day.get(Date.UTC(2026, 10, 27, 16))?.d).toBe('2026-11-28');
    expect(day.get(Date.UTC(2026, 10, 27, 16) - 1)?.d).toBe('2026-11-27');
  });
});
