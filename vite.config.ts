// Build and unit-test config: React app; the service worker is added in src/app.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  preview: { port: 4173, strictPort: true },
  // The manifest lets the bundle budget (tests/bench/bundle-budget.ts) find the chunks of the first screen.
  build: { manifest: true },
  test: {
    include: ['tests/{unit,db,report,ui}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
