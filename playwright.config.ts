import { defineConfig, devices } from '@playwright/test';
import { siteSettings } from './src/integrations/site-settings.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

// Browser tests over the built site in dist/ (`npm run build` first; `npm test`
// does it). The site is served by `astro preview` on a port of its own, under
// BASE_PATH, and driven with Debian's Chromium (or CHROMIUM_PATH).
//
// baseURL ends with the base path, so tests navigate with *relative* URLs:
// page.goto('tpns/server/'), never page.goto('/tpns/server/') (that would drop
// the base path). __e2e__/fixtures.ts has sitePath() for links.
// E2E_PORT: another port when 4399 is taken (two checkouts testing at once).
const PORT = Number(process.env.E2E_PORT ?? 4399);
const { base } = siteSettings(process.env);
const origin = `http://127.0.0.1:${PORT}`;

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
    baseURL: `${origin}${base}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --host 127.0.0.1`,
    // favicon.svg exists in every build, whatever pages there are.
    url: `${origin}${base}favicon.svg`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
