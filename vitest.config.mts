import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // 'server-only' throws outside a React server bundle; tests run verbs directly.
      'server-only': path.resolve(import.meta.dirname, 'lib/testing/empty.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts', 'i18n/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    coverage: {
      provider: 'v8',
      include: ['lib/domain/**/*.ts'],
      exclude: ['lib/domain/**/*.test.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { 'lib/domain/**': { lines: 100 } },
    },
  },
});
