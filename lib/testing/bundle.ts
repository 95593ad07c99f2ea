// Bundles a TypeScript entry to one plain-JavaScript file, so a test can run it as a single node
// process (tsx would put a wrapper process in between, and a SIGKILL would miss the real one).
import path from 'node:path';
import { build } from 'esbuild';

/** Bundles `entry` to data/test-bundles/<name> (inside the project, so node_modules resolve). */
export async function bundleForNode(entry: string, name: string): Promise<string> {
  const outfile = path.resolve('data/test-bundles', name);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    conditions: ['react-server'],
    external: ['better-sqlite3', 'exceljs'],
    logLevel: 'warning',
    tsconfig: 'tsconfig.json',
  });
  return outfile;
}
