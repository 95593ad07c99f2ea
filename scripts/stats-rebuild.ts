// `npm run stats:rebuild [-- --check]`: recompute the rollups from the messages, or only compare.
import { databasePath, getDb } from '../db/client';
import { rebuildStats, verifyStats } from '../lib/server/stats/rebuild';

const raw = getDb().$client;
if (process.argv.includes('--check')) {
  const diff = verifyStats(raw);
  console.log(`rollup check of ${databasePath()}: ${JSON.stringify(diff)}`);
  if (Object.values(diff).some((n) => n > 0)) process.exit(1);
  console.log('live rollups agree with the messages');
} else {
  const t0 = performance.now();
  rebuildStats(raw);
  console.log(
    `rollups rebuilt from the messages in ${((performance.now() - t0) / 1000).toFixed(1)} s; check: ${JSON.stringify(verifyStats(raw))}`,
  );
}
