import { defineConfig } from 'vitest/config';

// Unit tests only: the site's own modules (src/) and the build tooling
// (scripts/). Browser tests live in __e2e__/ and run under Playwright.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Two cores here: two worker processes at most.
    maxWorkers: 2,
  },
});
