// Build and unit-test config: the React app, and the service worker that makes it work offline.
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * index.html carries the production Content-Security-Policy. The dev server needs inline scripts and
 * styles (React refresh preamble, CSS hot reload), so only there the policy is removed; the build keeps
 * it as written.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

export default defineConfig({
  plugins: [
    react(),
    devWithoutCsp(),
    VitePWA({
      strategies: 'generateSW',
      // A new version waits until the user clicks "Reload" (src/app/update-prompt.tsx): never reload over
      // unsaved input.
      registerType: 'prompt',
      // Registered from src/app/service-worker.ts (no inline script, so the CSP can forbid them).
      injectRegister: null,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'MDR Readiness',
        short_name: 'MDR Readiness',
        description:
          'Check your readiness for the EU Medical Device Regulation, estimate the cost of closing the gaps and export a PDF gap report. Works offline; your data stays on this device.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d4ed8',
        background_color: '#f6f7f9',
        categories: ['business', 'productivity', 'medical'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Everything the app can ever load is precached on the first visit: the shell, every route
        // chunk, the rule set (bundled in a chunk), the lazily loaded PDF code and its font, the icons.
        // A first session with no network then works completely.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,webmanifest,json,ttf,woff,woff2}'],
        // Except jsPDF's optional HTML renderer and sanitizer (doc.html(), which the report does not
        // use): about 60 kB gzip (230 kB raw) a first visit need not download.
        globIgnores: ['**/html2canvas-*.js', '**/purify.es-*.js'],
        // The PDF chunk with its embedded font is larger than Workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
        // Deep links (/a/…/summary) opened offline get the app shell.
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first service worker takes control of the open page at once, so the first visit is
        // already offline-ready; updates still wait for the user's click (skipWaiting stays off).
        clientsClaim: true,
        // No runtime caching of other origins: the app never talks to any.
        runtimeCaching: [],
      },
    }),
  ],
  preview: { port: 4173, strictPort: true },
  // The manifest lets the bundle budget (tests/bench/bundle-budget.ts) find the chunks of the first screen.
  build: { manifest: true },
  test: {
    include: ['tests/{unit,db,report,ui}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
