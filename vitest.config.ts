import { defineConfig } from 'vitest/config';

// Two kinds of Vitest tests (browser tests live in __e2e__/ and run under Playwright):
// - unit: the site's own modules (src/) and the build tooling (scripts/), pure functions
//   with their fixtures beside them; `npm run test:unit`;
// - site: tests that build a site or read the built one in dist/ (site-tests/);
//   `npm run test:site`, after `npm run build`.
export default defineConfig({
  test: {
    environment: 'node',
    // Two cores here: two worker processes at most.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['site-tests/**/*.test.ts'] } },
    ],
  },
});
