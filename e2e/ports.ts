// Ports and tokens shared by playwright.config.ts and the journeys.
export const SMSC_PORT = Number(process.env.E2E_SMSC_PORT ?? 2776);
export const SMSC_CONTROL_PORT = SMSC_PORT + 1;
export const E2E_METRICS_TOKEN = 'e2e-metrics-token';
