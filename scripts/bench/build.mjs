// Bundles the benchmark runner to plain JavaScript so measurements run on node alone
// (no TypeScript compiler in the measured process's memory).
import { build } from 'esbuild';

const entry = process.argv[2] ?? 'run';
await build({
  entryPoints: [`scripts/bench/${entry}.ts`],
  outfile: `data/bench/${entry}.cjs`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  conditions: ['react-server'],
  external: ['better-sqlite3', 'exceljs'],
  logLevel: 'warning',
});
