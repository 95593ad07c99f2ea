// Ports and tokens shared by playwright.config.ts and the journeys.
export const SMSC_PORT = Number(process.env.E2E_SMSC_PORT ?? 2776);
export const SMSC_CONTROL_PORT = SMSC_PORT + 1;
export const E2E_METRICS_TOKEN = 'e2e-metrics-token';
export const SMTP_SINK_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
export const SMTP_SINK_HTTP_PORT = SMTP_SINK_PORT + 1;
