// A sending process with the channel runner over one SQLite file, for the SMPP crash test
//: it dispatches, then submits from the outbox over SMPP; the test SIGKILLs it.
import { openDatabase } from '@/db/client';
import { startSendingLoop } from '@/lib/jobs/sending-loop';
import { ChannelRunner } from '@/lib/jobs/channel-runner';

const [file] = process.argv.slice(2);
const db = openDatabase(file);
startSendingLoop(db, { batchSize: 1000, idleMs: 50 });
new ChannelRunner(db, { reloadMs: 500 }).start();
console.log('ready');
