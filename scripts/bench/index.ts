// `npm run bench`: the import and dispatch benchmark (and group import).
// Each measurement runs in its own process; the last line is one JSON object.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROWS, writeCsv, writeXlsx } from './files';

const dir = path.resolve(process.env.BENCH_DIR ?? 'data/bench');
fs.mkdirSync(dir, { recursive: true });

function measure(mode: string, file: string): Record<string, number> {
  const out = execFileSync(process.execPath, [path.join(dir, 'run.cjs'), mode, file, path.join(dir, `${mode}.db`)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Product and baseline alternately, RUNS times each; the median run of each (the machine is noisy). */
function compare(file: string): { product: Record<string, number>; baseline: Record<string, number> } {
  const product: Record<string, number>[] = [];
  const baseline: Record<string, number>[] = [];
  for (let i = 0; i < RUNS; i++) {
    baseline.push(measure('baseline', file));
    product.push(measure('product', file));
  }
  const median = (list: Record<string, number>[]) =>
    [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)];
  return { product: median(product), baseline: median(baseline) };
}

async function main() {
  execFileSync(process.execPath, ['scripts/bench/build.mjs'], { stdio: 'inherit' });
  const csv = path.join(dir, `recipients-${ROWS}.csv`);
  const xlsx = path.join(dir, `recipients-${ROWS}.xlsx`);
  if (!fs.existsSync(csv)) {
    console.log(`generating ${csv}`);
    await writeCsv(csv);
  }
  if (!fs.existsSync(xlsx)) {
    console.log(`generating ${xlsx}`);
    await writeXlsx(xlsx);
  }
  console.log(`median of ${RUNS} alternating runs each; peak memory = max RSS of the measuring process`);
  console.log(
    `files: CSV ${round(fs.statSync(csv).size / 1e6, 1)} MB, XLSX ${round(fs.statSync(xlsx).size / 1e6, 1)} MB, ${ROWS.toLocaleString('en-US')} rows each`,
  );

  const { product: csvProd, baseline: csvBase } = compare(csv);
  console.log(
    `CSV  import ${round(csvProd.seconds)} s (peak ${csvProd.peakMB} MB, ${csvProd.validRows} valid) | baseline ${round(csvBase.seconds)} s (peak ${csvBase.peakMB} MB) | ratio ${round(csvProd.seconds / csvBase.seconds)} (target ≤ 1.5, ≤ 300 MB)`,
  );
  const { product: xProd, baseline: xBase } = compare(xlsx);
  console.log(
    `XLSX import ${round(xProd.seconds)} s (peak ${xProd.peakMB} MB, ${xProd.validRows} valid) | baseline ${round(xBase.seconds)} s (peak ${xBase.peakMB} MB) | ratio ${round(xProd.seconds / xBase.seconds)} (target ≤ 1.3, ≤ 600 MB)`,
  );
  const group = measure('group', csv);
  console.log(
    `group import ${round(group.seconds)} s (peak ${group.peakMB} MB, ${group.validRows} numbers) | ratio to the CSV baseline ${round(group.seconds / csvBase.seconds)}`,
  );
  const disp = measure('dispatch', csv);
  console.log(
    `dispatch ${disp.processed} messages in ${round(disp.seconds)} s = ${disp.perSecond} messages/s, synchronous=${disp.synchronous} (target ≥ 20,000/s), peak ${disp.peakMB} MB`,
  );

  console.log(
    JSON.stringify({
      csvImportS: round(csvProd.seconds),
      csvBaselineS: round(csvBase.seconds),
      csvRatio: round(csvProd.seconds / csvBase.seconds),
      csvPeakMB: csvProd.peakMB,
      xlsxImportS: round(xProd.seconds),
      xlsxBaselineS: round(xBase.seconds),
      xlsxRatio: round(xProd.seconds / xBase.seconds),
      xlsxPeakMB: xProd.peakMB,
      dispatchPerS: disp.perSecond,
      groupImportS: round(group.seconds),
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
