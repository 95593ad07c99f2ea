import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const serverOnly = {
  patterns: [
    {
      regex: '^(@/db|\\.\\./.*db)(/(?!enums$).*)?$',
      message: 'Components and domain rules never touch the database (docs/architecture.md, Layers).',
    },
    {
      group: ['@/lib/server', '@/lib/server/*'],
      message: 'Components and domain rules never import lib/server (docs/architecture.md, Layers).',
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'coverage/**',
      'data/**',
      'db/migrations/**',
      'next-env.d.ts',
      'playwright-report/**',
      'test-results/**',
    ],
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', serverOnly] },
  },
  {
    files: ['lib/domain/**/*.ts', 'lib/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...serverOnly.patterns,
            {
              group: [
                'next',
                'next/*',
                'react',
                'react-dom',
                'node:*',
                'fs',
                'better-sqlite3',
                'drizzle-orm',
                'drizzle-orm/*',
              ],
              message:
                'lib/domain and lib/schemas are pure: no framework, I/O or database (the browser loads the schemas too).',
            },
          ],
        },
      ],
    },
  },
];

export default config;
