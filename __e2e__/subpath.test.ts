// The site under a sub-path (/errors/), built for its public address (SITE_URL
// https://docs.example.com, scripts/test-sites.mjs) and served here on another host and
// port: every page type and a search load from this host only, with no 4xx/5xx (the
// fixture records every request and fails the test otherwise).
import { expect, sitePath, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PAGES: [path: string, heading: string][] = [
  ['/', 'Push Error Codes'],
  ['/about/', 'About these pages'],
  ['/huawei/', 'Huawei Push Kit (HMS Core)'],
  ['/huawei/server/', 'Huawei server error codes'],
  ['/huawei/server/80300007/', '80300007 · Huawei server'],
  ['/tpns/ios/-10002/', '-10002 · TPNS iOS SDK'],
  ['/code/503/', '503 in 3 catalogs'],
  ['/code/', 'Look up a code'],
  ['/search/', 'Search'],
  ['/category/', 'Codes by problem'],
  ['/category/invalid-token/', 'Invalid or expired token'],
];

test('the site is served under its sub-path', ({ baseURL }) => {
  expect(new URL(baseURL!).pathname).toBe('/errors/');
});

for (const [path, heading] of PAGES) {
  test(`${path} under the sub-path`, async ({ page, requests }) => {
    const response = await page.goto(sitePath(path));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(heading);
    await page.waitForLoadState('networkidle');
    // Every link on the page stays under the sub-path.
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((href) => !href.startsWith('/errors/'))).toEqual([]);
    expect(requests.urls.every((url) => new URL(url).pathname.startsWith('/errors/'))).toBe(true);
  });
}

test('built with SITE_URL, a page copies and declares its public address', async ({ page }) => {
  await page.goto(sitePath('/tpns/server/1008001/'));
  const link = 'https://docs.example.com/errors/tpns/server/1008001/';
  await page.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', link);
});

test('JSON under the sub-path', async ({ request }) => {
  const code = await (await request.get(sitePath('/huawei/server/80300007.json'))).json();
  expect(code.url).toMatch(/\/errors\/huawei\/server\/80300007\/$/);
  const all = await (await request.get(sitePath('/codes.json'))).json();
  expect(all.codes.length).toBeGreaterThan(400);
});

test('search under the sub-path: an exact code and a phrase, then a result', async ({ page, requests }) => {
  await page.goto(sitePath('/'));
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: /code number or words/i });
  const status = page.locator('site-search [role="status"]');
  await input.fill('80300007');
  await expect(status).toHaveText(/^\d+ results?$/);
  await expect(page.locator('#site-search-results .result-code').first()).toHaveText('80300007');
  await input.fill('p12 password');
  await expect(status).toHaveText(/^\d+ results?$/);
  await expect(page.locator('#site-search-results .result-code').first()).toHaveText('1008022');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/errors\/tpns\/server\/1008022\/$/);
  expect(requests.urls.some((url) => url.includes('/errors/pagefind/'))).toBe(true);
  expect(requests.urls.some((url) => url.includes('/errors/search/codes/'))).toBe(true);
});

test('a pasted search has a link under the sub-path, and the lookup box lands there', async ({ page, requests }) => {
  await page.goto(sitePath('/'));
  await page.getByLabel('Look up a code').fill('HMS push failed: {"code":"80300007"}');
  await page.getByLabel('Look up a code').press('Enter');
  await expect(page).toHaveURL(/\/errors\/search\/\?q=HMS/);
  await expect(page.locator('search-page [role="status"]')).toHaveText(/^\d+ results?$/);
  const first = page.locator('#search-page-results [role="option"]').first();
  await expect(first).toHaveAttribute('href', '/errors/huawei/server/80300007/');
  await expect(first.locator('.result-match')).toHaveText('exact code · from “"code":"80300007"”');
  await page.goto(sitePath('/'));
  await page.getByLabel('Look up a code').fill('503');
  await page.getByLabel('Look up a code').press('Enter');
  await expect(page).toHaveURL(/\/errors\/code\/503\/$/);
  expect(requests.urls.every((url) => new URL(url).pathname.startsWith('/errors/'))).toBe(true);
});

test('a missing code under the sub-path', async ({ page, requests }) => {
  const missing = sitePath('/huawei/server/80300099/');
  requests.allowStatus(404, missing);
  expect((await page.goto(missing))?.status()).toBe(404);
  await expect(page.getByText('Code 80300099 is not in the Huawei server catalog.')).toBeVisible();
  await expect(page.locator('[data-nearest] a').first()).toHaveAttribute('href', /^\/errors\/huawei\/server\//);
});
