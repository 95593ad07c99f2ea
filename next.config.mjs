/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3', 'exceljs'],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: '32mb' },
  },
};
export default nextConfig;
