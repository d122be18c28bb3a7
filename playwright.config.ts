import { defineConfig, devices } from '@playwright/test';
import { siteSettings } from './src/libs/site-settings.ts';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { TEST_SITES } from './scripts/test-sites.mjs';

// Browser tests over built sites, each served by scripts/serve.mjs (the server of
// `npm run preview`) on a port of its own
// and driven with Debian's Chromium (or CHROMIUM_PATH):
// - "site": dist/ as `npm run build` made it (BASE_PATH and SITE_URL as set);
// - "subpath": the same content built under /errors/ with SITE_URL (dist-subpath/), with the CSP test;
// - "hostile": the hostile-cells fixture, under /errors/ without SITE_URL (dist-hostile/).
// `npm run test:e2e` builds the last two first (scripts/test-sites.mjs).
//
// baseURL ends with the base path, so tests navigate with *relative* URLs:
// page.goto('tpns/server/'), never page.goto('/tpns/server/') (that would drop
// the base path). __e2e__/fixtures.ts has sitePath() for links.
const PORT = Number(process.env.E2E_PORT ?? 4399);

const sites = [
  { name: 'site', outDir: 'dist', env: {}, port: PORT, tests: { testIgnore: ['**/subpath.test.ts', '**/hostile.test.ts'] } },
  { ...TEST_SITES.find((s) => s.name === 'subpath')!, port: PORT + 1, tests: { testMatch: ['**/subpath.test.ts', '**/hosting.test.ts', '**/csp.test.ts'] } },
  { ...TEST_SITES.find((s) => s.name === 'hostile')!, port: PORT + 2, tests: { testMatch: ['**/hostile.test.ts'] } },
].map((site) => {
  const env = { ...process.env, ...site.env } as Record<string, string>;
  const origin = `http://127.0.0.1:${site.port}`;
  return { ...site, env, origin, baseURL: `${origin}${siteSettings(env).base}` };
});

export default defineConfig({
  testDir: './__e2e__',
  testMatch: '**/*.test.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores: one browser at a time in CI, two locally.
  workers: process.env.CI ? 1 : 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: sites.map((site) => ({
    name: site.name,
    ...site.tests,
    use: {
      ...devices['Desktop Chrome'],
      baseURL: site.baseURL,
      launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    },
  })),
  webServer: sites.map((site) => ({
    command: `node scripts/serve.mjs --port ${site.port} --host 127.0.0.1 --outDir ${site.outDir}`,
    env: site.env,
    // favicon.svg exists in every build, whatever pages there are.
    url: `${site.baseURL}favicon.svg`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});
