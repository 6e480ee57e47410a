import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Generous: a guard against hangs, not a speed check (corpus tests take ~20-60 s on a loaded 2-core machine).
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
