import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // tests/timing measures CPU time: `npm test` runs it alone after the rest (CHATPROOF_TIMING=1),
    // never beside another test worker
    exclude: [
      'tests/e2e/**',
      'node_modules/**',
      ...(process.env.CHATPROOF_TIMING ? [] : ['tests/timing/**']),
    ],
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', './tests/setup.ts'],
    globals: true,
    restoreMocks: true,
  },
});
