// `npm run ledger:verify`: every cash balance and package remaining equals the sum of its ledger rows.
import { databasePath, getDb } from '../db/client';
import { verifyLedgers } from '../lib/server/money/ledger';

const result = verifyLedgers(getDb());
console.log(`ledger check of ${databasePath()}: ${result.accounts} accounts, ${result.packages} packages`);
if (result.mismatches.length > 0) {
  for (const m of result.mismatches) console.error(`  MISMATCH ${m}`);
  process.exit(1);
}
console.log('all balances equal the sums of their ledger rows');
