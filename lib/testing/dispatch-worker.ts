// A sending process over one SQLite file, for the crash test (R-MSG-4): run it, SIGKILL it, run it again.
import { openDatabase } from '@/db/client';
import { startSendingLoop } from '@/lib/jobs/sending-loop';

const [file, batch] = process.argv.slice(2);
const db = openDatabase(file);
startSendingLoop(db, { batchSize: Number(batch ?? 1000), idleMs: 50 });
console.log('ready');
