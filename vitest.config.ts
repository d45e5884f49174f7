import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The shipped write-up alone, in a folder of its own: what the suites answer from, whatever corpus/ holds.
    globalSetup: ['test/global-setup.ts'],
    // The end-to-end tests start real servers on loopback; keep them from starving each other on 2 cores.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
