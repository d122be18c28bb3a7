// The server `npm run preview` runs (scripts/serve.mjs) behaves like a real
// host: a URL pasted without its trailing slash lands on the page, and a
// missing page is the site's own 404 page with status 404.
import { expect, sitePath, test } from './fixtures';

test('a code URL without its trailing slash is redirected (301) to the page', async ({ page }) => {
  const response = await page.goto(sitePath('/tpns/server/1008001'));
  expect(response?.status()).toBe(200);
  expect((await response?.request().redirectedFrom()?.response())?.status()).toBe(301);
  expect(page.url()).toMatch(/\/tpns\/server\/1008001\/$/);
  await expect(page.locator('h1')).toHaveText('1008001 · TPNS server');
});

test('the redirect keeps the query string', async ({ page }) => {
  await page.goto(sitePath('/huawei/server?from=ticket'));
  expect(page.url()).toMatch(/\/huawei\/server\/\?from=ticket$/);
  await expect(page.locator('h1')).toHaveText('Huawei server error codes');
});

test('a missing code, with or without its slash, gets the site’s 404 page with status 404', async ({ page, requests }) => {
  for (const path of ['/tpns/server/9999999/', '/tpns/server/9999999']) {
    requests.allowStatus(404, sitePath(path));
    const response = await page.goto(sitePath(path));
    expect(response?.status(), path).toBe(404);
    expect(page.url(), path).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    await expect(page).toHaveTitle('Page not found | Push Error Codes');
    await expect(page.getByText('Code 9999999 is not in the TPNS server catalog.')).toBeVisible();
  }
});
