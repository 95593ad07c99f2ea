#!/usr/bin/env bash
# The README's test command body: every check and test, on a fresh machine too.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# Debian's Chromium for Playwright (no browser download works here).
if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Chromium from Debian"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi

echo "== format";     npx prettier --check . --log-level warn
echo "== lint";       npx eslint .
echo "== typecheck";  npx tsc --noEmit
echo "== unit and integration tests (with lib/domain coverage)"
npx vitest run --coverage
echo "== build";      npx next build
echo "== end-to-end tests in Chromium"
rm -rf data/e2e
npx playwright test
echo "== ledger check of the e2e database after the whole suite"
DATABASE_URL=data/e2e/e2e.db npm run --silent ledger:verify
echo "== rollups agree with the messages of the e2e database"
DATABASE_URL=data/e2e/e2e.db npm run --silent stats:check
