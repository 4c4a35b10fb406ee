// Browser tests: real headless Chromium (Debian's) driven by playwright-core against the built app.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser test file at a time: the machine has two cores.
    fileParallelism: false,
  },
});
