import createNextIntlPlugin from 'next-intl/plugin';

// Interface languages (issue 15): messages/<locale>.json chosen per request by i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3', 'exceljs'],
  poweredByHeader: false,
  // The official Tencent Cloud SDKs POST to `/` (CLOUD-API.md §1.8): a request carrying
  // X-TC-Action there goes to the cloud API route; the console's home page stays at `/`.
  async rewrites() {
    return {
      beforeFiles: [{ source: '/', has: [{ type: 'header', key: 'x-tc-action' }], destination: '/api/v3' }],
      afterFiles: [],
      fallback: [],
    };
  },
  experimental: {
    serverActions: { bodySizeLimit: '32mb' },
  },
};
export default withNextIntl(nextConfig);
