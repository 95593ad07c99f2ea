// Bundles the benchmark runner to plain JavaScript so measurements run on node alone
// (no TypeScript compiler in the measured process's memory).
import { build } from 'esbuild';

await build({
  entryPoints: ['scripts/bench/run.ts'],
  outfile: 'data/bench/run.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  conditions: ['react-server'],
  external: ['better-sqlite3', 'exceljs'],
  logLevel: 'warning',
});
