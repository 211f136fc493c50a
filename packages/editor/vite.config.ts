import { defineConfig } from 'vitest/config';

// `source` lets the editor bundle @probity/rules straight from its TypeScript, so the browser
// classifies with exactly the code the server runs.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  build: { outDir: 'dist', sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
