import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// dictionary-en-gb exports only its Node loader; the browser takes its two Hunspell files as text.
const dictionary = fileURLToPath(new URL('./node_modules/dictionary-en-gb/', import.meta.url));

// `source` lets the editor bundle @probity/rules straight from its TypeScript, so the browser
// classifies with exactly the code the server runs.
export default defineConfig({
  resolve: {
    conditions: ['source', 'module', 'browser', 'development|production'],
    alias: [{ find: /^dictionary-en-gb\/(index\.(?:aff|dic))/, replacement: `${dictionary}$1` }],
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1024 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
