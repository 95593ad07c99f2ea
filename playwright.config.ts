import { defineConfig } from '@playwright/test';
import { E2E_METRICS_TOKEN, SMSC_CONTROL_PORT, SMSC_PORT, SMTP_SINK_HTTP_PORT, SMTP_SINK_PORT } from './e2e/ports';

const PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_DB = process.env.E2E_DATABASE_URL ?? 'data/e2e/e2e.db';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1366, height: 860 } } }],
  webServer: [
    {
      // The built app served exactly as `npm start` serves it, on a fresh demo database.
      command: `npm start`,
      url: `http://localhost:${PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(PORT),
        DATABASE_URL: E2E_DB,
        NEXT_TELEMETRY_DISABLED: '1',
        METRICS_TOKEN: E2E_METRICS_TOKEN,
        CALLBACK_ALLOWED_HOSTS: '127.0.0.1',
        SMTP_URL: `smtp://127.0.0.1:${SMTP_SINK_PORT}`,
        MAIL_FROM: 'SMS Console <alarms@e2e.local>',
        SMS_DUTY_INTERVAL_MS: '5000',
      },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The SMSC simulator a channel journey points an SMPP channel at (issue 12).
      command: 'npm run smsc',
      url: `http://127.0.0.1:${SMSC_CONTROL_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        SMSC_PORT: String(SMSC_PORT),
        SMSC_CONTROL_PORT: String(SMSC_CONTROL_PORT),
        SMSC_RECEIPT_DELAY_MS: '500',
        SMSC_DELIVERED: '0.9',
      },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // A real SMTP server on loopback that keeps the alarm e-mails (R-APP-10).
      command: 'npm run smtp-sink',
      url: `http://127.0.0.1:${SMTP_SINK_HTTP_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { SMTP_SINK_PORT: String(SMTP_SINK_PORT), SMTP_SINK_HTTP_PORT: String(SMTP_SINK_HTTP_PORT) },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
