// A local SMTP server that keeps what it receives and shows it over HTTP — for trying alarm
// e-mails without a real mail server, and for the journeys (R-APP-10).
//   SMTP_SINK_PORT (2526): SMTP; point the console at it with SMTP_URL=smtp://127.0.0.1:2526
//   SMTP_SINK_HTTP_PORT (2527): GET / lists the messages as JSON ({ from, to, raw, subject, text }, decoded).
import http from 'node:http';
import { startTestSmtp } from '../lib/testing/smtp';

const smtpPort = Number(process.env.SMTP_SINK_PORT ?? 2526);
const httpPort = Number(process.env.SMTP_SINK_HTTP_PORT ?? smtpPort + 1);

async function main() {
  const smtp = await startTestSmtp(smtpPort);
  http
    .createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(smtp.mails));
    })
    .listen(httpPort, '127.0.0.1');
  console.log(`smtp-sink: SMTP on ${smtp.url}, messages at http://127.0.0.1:${httpPort}/`);
}

void main();
