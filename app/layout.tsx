import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { THEME_BOOT_SCRIPT } from '@/components/layout/theme-switch';
import './globals.css';

export const metadata: Metadata = { title: 'SMS Console', description: 'Self-hostable SMS platform console' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme class is set before hydration by the boot script; React leaves it alone.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
