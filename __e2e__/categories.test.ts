// Categories across vendors (content/categories.yml): the chips on a code page and in a
// catalog table, the same problem at other vendors, a category's page, and the
// Category filter of the search dialog. All marked as this site's reading.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, sitePath, test } from './fixtures';

test('a code page shows its category, marked as this site\'s reading, and the same problem elsewhere', async ({ page }) => {
  await page.goto(sitePath('/huawei/server/80300007/'));
  const chips = page.getByRole('group', { name: "Category (this site's reading)" });
  await expect(chips.getByRole('link')).toHaveText(['Invalid or expired token']);
  await expect(page.getByText('not stated by the vendor')).toBeAttached();

  const same = page.getByRole('region', { name: 'The same problem elsewhere' });
  await expect(same).toContainText("This site's reading, not the vendors' words");
  await expect(same.getByRole('heading', { name: 'Invalid or expired token' })).toBeVisible();
  const others = same.getByRole('listitem');
  await expect(others).toHaveCount(5);
  for (const name of ['80300007 · Honor server', '404 · FCM server', '410 · APNs server']) {
    await expect(same.getByRole('link', { name })).toBeVisible();
  }
  await expect(others.filter({ hasText: 'Huawei' })).toHaveCount(0);

  await same.getByRole('link', { name: '404 · FCM server' }).click();
  await expect(page.locator('h1')).toHaveText('404 · FCM server');
  await expect(page.getByRole('group', { name: "Category (this site's reading)" }).getByRole('link')).toHaveText(['Invalid or expired token']);
  await expect(page.getByRole('region', { name: 'The same problem elsewhere' }).getByRole('link', { name: '80300007 · Huawei server' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a code in two categories shows both; a code in none says so', async ({ page }) => {
  await page.goto(sitePath('/apns/server/403/'));
  await expect(page.getByRole('group', { name: "Category (this site's reading)" }).getByRole('link'))
    .toHaveText(['Authentication and signatures', 'Certificate']);
  await expect(page.getByRole('region', { name: 'The same problem elsewhere' }).getByRole('heading', { level: 3 }))
    .toHaveText(['Authentication and signatures', 'Certificate']);

  await page.goto(sitePath('/huawei/server/907135701/'));
  await expect(page.getByText("none of this site's categories fits")).toBeVisible();
  await expect(page.getByRole('region', { name: 'The same problem elsewhere' })).toHaveCount(0);
});

test('the catalog table has a category column marked as this site\'s reading', async ({ page }) => {
  await page.goto(sitePath('/apns/server/'));
  await expect(page.getByRole('columnheader', { name: "Category (this site's reading)" })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '410', exact: true }) });
  await row.getByRole('link', { name: 'Invalid or expired token' }).click();
  await expect(page.locator('h1')).toHaveText('Invalid or expired token');
});

test('a category page lists its codes grouped by vendor', async ({ page }) => {
  await page.goto(sitePath('/category/invalid-token/'));
  await expect(page.locator('h1')).toHaveText('Invalid or expired token');
  await expect(page.getByText("this site's reading of the vendors' words")).toBeVisible();
  await expect(page.getByText('What usually fixes it')).toBeVisible();
  const vendors = page.locator('main h2[id^="vendor-"]');
  // Xiaomi's 66007 says its regId's format is incorrect: a request to fix, not a dead token.
  await expect(vendors).toHaveText(['TPNS', 'XGPush', 'Huawei', 'vivo', 'Meizu', 'Honor', 'FCM', 'APNs']);
  const group = (name: string) => page.getByRole('region', { name, exact: true });
  await expect(group('TPNS').getByRole('link')).toContainText(['1008006', '1008029']);
  await expect(group('FCM').getByRole('row').nth(1)).toContainText('UNREGISTERED');
  await expect(group('APNs').getByRole('link')).toHaveText(['410']);
  await group('Huawei').getByRole('link', { name: '80300007' }).click();
  await expect(page.locator('h1')).toHaveText('80300007 · Huawei server');

  // Hand edits are shown: a code pinned into a category, one kept out of another.
  await page.goto(sitePath('/category/rate-limit/'));
  await expect(page.getByRole('region', { name: 'Meizu', exact: true }).getByRole('row').filter({ hasText: '520' })).toContainText('placed here by hand');
  await page.goto(sitePath('/category/service-unavailable/'));
  await expect(page.getByRole('heading', { name: 'Kept out by hand' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'tpns/server/10010005' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the sidebar links the categories page, which links every category; never a code', async ({ page }) => {
  await page.goto(sitePath('/'));
  const sidebar = page.locator('nav[aria-label="Main"]');
  await expect(sidebar.getByRole('link', { name: /^\d/ })).toHaveCount(0);
  await sidebar.getByRole('link', { name: 'Codes by problem' }).click();
  await expect(page).toHaveURL(/\/category\/$/);
  await expect(page.getByRole('main').getByRole('link', { name: 'Invalid or expired token' })).toHaveAttribute('href', /\/category\/invalid-token\/$/);
  await expect(page.getByText(/^\d+ of \d+ codes have a category; \d+ have none\.$/)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Invalid or expired token' })).toContainText('11');
});

async function searchWith(page: Page, category: string, query: string): Promise<string[]> {
  await page.goto(sitePath('/'));
  await page.keyboard.press('Control+k');
  if (category) await page.getByLabel('Category').selectOption(category);
  await page.getByRole('combobox', { name: /code number or words/i }).fill(query);
  await expect(page.locator('site-search [role="status"]')).toHaveText(/^(\d+ results?|No code or meaning matches)/);
  return page.locator('#site-search-results [role="option"]').evaluateAll((options) =>
    options.map((o) => `${o.querySelector('.result-catalog')!.textContent} ${o.querySelector('.result-code')!.textContent}`));
}

test('the Category filter narrows search results', async ({ page }) => {
  const all = await searchWith(page, '', 'token');
  // "Duplicate Token." and "Get Token. Task failed.": about tokens, not invalid ones.
  expect(all).toEqual(expect.arrayContaining(['Honor server 80300006', 'Huawei server -5']));

  const tokens = await searchWith(page, 'Invalid or expired token', 'token');
  expect(tokens).toEqual(expect.arrayContaining(['Huawei server 80300007', 'Honor server 80300007', 'TPNS server 1008029', 'APNs server 410']));
  expect(tokens).not.toContain('Honor server 80300006');
  expect(tokens).not.toContain('Huawei server -5');

  const auth = await searchWith(page, 'Authentication and signatures', 'token');
  expect(auth).toEqual(expect.arrayContaining(['OPPO server 11', 'Xiaomi server 21302'])); // Invalid AuthToken; token authentication failed
  expect(auth).not.toContain('Huawei server 80300007');

  // A typed code is answered only by pages in the chosen category.
  expect(await searchWith(page, 'Invalid or expired token', '80300007')).toEqual(['Huawei server 80300007', 'Honor server 80300007']);
  expect(await searchWith(page, 'Rate limit and quota', '80300007')).toEqual([]);
});
