import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { serviceWorker } from './build/serviceWorker';

/**
 * Scripts only from our own origin, no eval. Off-origin data is fetched only after the person
 * confirms the host in the app, hence `connect-src https:`. Added to built pages only: the dev
 * server injects an inline React Refresh preamble that this policy would block.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'summit-atlas:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative asset paths let a build run from any folder or a USB stick served statically.
  base: './',
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // One stylesheet: split per lazy chunk, the styles compressed worse and flashed in late.
    cssCodeSplit: false,
    // Every module the first paint needs in one file. Left alone, the bundler split the modules the
    // entry shares with lazy chunks into a dozen small files: 13 requests, and 2.4 KB more gzip,
    // since each file compresses apart and names what it imports and exports.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./vitest.setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    css: false,
  },
});
