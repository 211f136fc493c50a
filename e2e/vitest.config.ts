import { defineConfig } from 'vitest/config';

// Journeys share one browser and a real server each; run them one file at a time.
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['src/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
