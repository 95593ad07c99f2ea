// `npm run worker`: the same background work as a separate process (run the web server with SMS_BACKGROUND=off).
import { startBackground } from '../lib/jobs/start';

startBackground();
console.log('[sms-console] worker running; Ctrl+C to stop');
setInterval(() => undefined, 1 << 30);
