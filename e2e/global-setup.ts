import fs from 'node:fs';
import path from 'node:path';

/** Nothing to do: the database is reset by scripts/test-all.sh before the web server starts. */
export default function globalSetup() {
  fs.mkdirSync(path.resolve('e2e/.artifacts'), { recursive: true });
}
