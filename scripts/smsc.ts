// `npm run smsc`: the SMSC simulator for development and tests.
// Environment: SMSC_PORT (2775), SMSC_SYSTEM_ID (smsc_user), SMSC_PASSWORD (smsc_pwd),
// SMSC_RECEIPT_DELAY_MS (1000), SMSC_DELIVERED (0.95 = share delivered), SMSC_CONTROL_PORT (off).
// Commands on standard input or POST /command on the control port: throttle on|off,
// reject on|off, silent on|off, drop, inbound <from> <text>, stats.
import http from 'node:http';
import readline from 'node:readline';
import { SmscSimulator } from '../lib/channels/smsc-simulator';

async function main() {
  const smsc = new SmscSimulator({
    port: Number(process.env.SMSC_PORT ?? 2775),
    host: process.env.SMSC_HOST ?? '127.0.0.1',
    systemId: process.env.SMSC_SYSTEM_ID ?? 'smsc_user',
    password: process.env.SMSC_PASSWORD ?? 'smsc_pwd',
    receiptDelayMs: Number(process.env.SMSC_RECEIPT_DELAY_MS ?? 1000),
    deliveredShare: Number(process.env.SMSC_DELIVERED ?? 0.95),
    record: false,
  });
  const port = await smsc.start();
  console.log(
    `[smsc] SMPP 3.4 simulator on ${smsc.options.host}:${port}, system_id ${smsc.options.systemId}, password ${smsc.options.password}`,
  );
  console.log(
    `[smsc] receipts after ${smsc.options.receiptDelayMs} ms, ${Math.round(smsc.options.deliveredShare * 100)} % delivered; type "help" for commands`,
  );
  if (process.env.SMSC_CONTROL_PORT) {
    const control = http.createServer(async (req, res) => {
      let body = '';
      for await (const c of req) body += c;
      const answer = req.method === 'GET' ? smsc.command('stats') : smsc.command(body);
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`${answer}\n`);
    });
    control.listen(Number(process.env.SMSC_CONTROL_PORT), '127.0.0.1', () =>
      console.log(`[smsc] control on http://127.0.0.1:${process.env.SMSC_CONTROL_PORT}/command`),
    );
  }
  if (process.stdin.isTTY || process.env.SMSC_STDIN === '1') {
    readline
      .createInterface({ input: process.stdin })
      .on('line', (line) => line.trim() && console.log(`[smsc] ${smsc.command(line)}`));
  }
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void smsc.stop().then(() => process.exit(0)));
}

void main();
