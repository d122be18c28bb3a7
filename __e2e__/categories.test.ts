// What to do and categories across vendors (content/categories.yml): the "What to do"
// block of a code page (the vendor's words, this site's reading with its category chips,
// the action), a number's page, the action pages, a category's page, the maintainers'
// page and the Category filter of the search dialog. This site's reading is always marked.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, sitePath, test } from './fixtures';

test('a code page says what to do: the category beside its meaning, marked as this site\'s reading, and the action', async ({ page }) => {
  await page.goto(sitePath('/huawei/server/80300007/'));
  const block = page.getByRole('region', { name: 'What to do' });
  await expect(block).toContainText("This site's reading, not the vendor's words");
  await expect(block.getByRole('link', { name: 'Invalid or expired token' })).toBeVisible();
  await expect(block).toContainText('Stop sending to that token and delete it from your database');
  await expect(block).toContainText("Action for programs (this site's reading): remove-token — The token will never work again");
  // it comes before the sources' words
  const top = async (name: string) => (await page.getByRole('heading', { name, exact: true }).boundingBox())!.y;
  expect(await top('What to do')).toBeLessThan(await top('What the sources say'));

  const same = page.getByRole('region', { name: 'The same problem elsewhere' });
  await expect(same).toContainText("This site's reading, not the vendors' words");
  await expect(same.getByRole('heading', { name: 'Invalid or expired token' })).toBeVisible();
  const others = same.getByRole('listitem');
  await expect(others).toHaveCount(5);
  for (const name of ['80300007 · Honor server', '404 · FCM server', '410 · APNs server']) {
    await expect(same.getByRole('link', { name })).toBeVisible();
  }
  await expect(others.filter({ hasText: 'Huawei' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await block.getByRole('link', { name: 'remove-token' }).click();
  await expect(page.locator('h1')).toHaveText('Action: remove-token');
});

test('the source\'s own solution is shown as the vendor\'s words, with its source', async ({ page }) => {
  await page.goto(sitePath('/xgpush/server/40/'));
  const block = page.getByRole('region', { name: 'What to do' });
  await expect(block.locator('.vendor-advice')).toContainText("The vendor's words: “Solution” in XGPush REST API error codes (legacy API v2/v3) (line 26)");
  await expect(block.locator('.vendor-advice blockquote')).toHaveText('Check if token is registered');
  await expect(block.locator('.site-reading')).toContainText("This site's reading");
});

test('a code whose meanings disagree shows each answer beside its meaning; a code with neither says so', async ({ page }) => {
  await page.goto(sitePath('/meizu/server/110010/'));
  const block = page.getByRole('region', { name: 'What to do' });
  await expect(block).toContainText('call for different things');
  const answers = block.locator('.answer');
  await expect(answers).toHaveCount(2);
  await expect(answers.nth(0)).toContainText('Push rate is too fast.');
  await expect(answers.nth(0).getByRole('link', { name: 'Rate limit and quota' })).toBeVisible();
  await expect(answers.nth(0)).toContainText('slow-down');
  await expect(answers.nth(1)).toContainText('Invalid pushId (message switch is off).');
  await expect(answers.nth(1).getByRole('link', { name: 'Notifications off on the device' })).toBeVisible();
  await expect(answers.nth(1)).toContainText('fix-setup');
  await expect(block).not.toContainText('remove-token');
  // each answer links to the words it is for
  await answers.nth(1).getByRole('link', { name: /line 338$/ }).click();
  await expect(page).toHaveURL(/#tencent-cloud-chat-push-110010-2$/);
  await expect(page.locator('#tencent-cloud-chat-push-110010-2')).toContainText('Invalid pushId (message switch is off).');

  await page.goto(sitePath('/apns/server/403/'));
  await expect(page.getByRole('region', { name: 'What to do' }).getByRole('link', { name: /^(Authentication and signatures|Certificate)$/ }))
    .toHaveText(['Certificate', 'Authentication and signatures']);
  await expect(page.getByRole('region', { name: 'The same problem elsewhere' }).getByRole('heading', { level: 3 }))
    .toHaveText(['Authentication and signatures', 'Certificate']);

  await page.goto(sitePath('/huawei/server/907135701/'));
  await expect(page.getByRole('region', { name: 'What to do' })).toContainText('No advice in the sources: the source gives this code no description.');
  await expect(page.getByRole('region', { name: 'The same problem elsewhere' })).toHaveCount(0);
});

test('a number\'s page answers without a click: each catalog\'s meaning, what to do, action and copy buttons', async ({ page }) => {
  await page.goto(sitePath('/code/503/'));
  const fcm = page.getByRole('region', { name: '503 · FCM server', exact: true });
  const block = fcm.getByRole('region', { name: 'What to do: 503 · FCM server' });
  await expect(block).toContainText('UNAVAILABLE. The server is unable to process the request in time.');
  await expect(block.getByRole('link', { name: 'Service unavailable or internal error' })).toBeVisible();
  await expect(block).toContainText('retry — Transient');
  await expect(fcm.getByRole('button', { name: 'Copy as Markdown' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What to do: 503 · Huawei server' })).toContainText('slow-down');
  await expectNoAxeViolations(page);
});

test('an action\'s page lists every code of every vendor with that action, each meaning at its anchor', async ({ page }) => {
  await page.goto(sitePath('/action/'));
  await expect(page.getByRole('row').filter({ hasText: 'remove-token' })).toContainText('10');
  await page.getByRole('link', { name: 'remove-token' }).click();
  await expect(page.locator('h1')).toHaveText('Action: remove-token');
  await expect(page.getByText("This site's reading of the vendors' words")).toBeVisible();
  await expect(page.locator('main h2[id^="vendor-"]')).toHaveText(['TPNS', 'XGPush', 'Huawei', 'vivo', 'Meizu', 'Honor', 'FCM', 'APNs']);
  const meizu = page.getByRole('region', { name: 'Meizu', exact: true });
  await expect(meizu.getByRole('link', { name: /^\d+$/ })).toHaveText(['110002', '110003']); // not 110010: its switch is off
  await page.getByRole('region', { name: 'FCM', exact: true }).getByRole('link', { name: '404' }).click();
  await expect(page).toHaveURL(/\/fcm\/server\/404\/#tencent-cloud-chat-push-404-unregistered$/);
  await expect(page.locator('h1')).toHaveText('404 · FCM server');
  await expectNoAxeViolations(page);
});

test('the maintainers\' page, linked from the categories page, lists what the categories miss', async ({ page }) => {
  await page.goto(sitePath('/category/'));
  await page.getByRole('link', { name: 'What the categories miss' }).click();
  await expect(page.locator('h1')).toHaveText('What the categories miss');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('.coverage')).toHaveText(/^410 of 416 described codes \(98%\) have a what to do/);
  await expect(page.locator('table.missing tbody tr')).toHaveCount(6);
  await page.locator('table.uncategorized').getByRole('link', { name: '1008026 #2' }).click();
  await expect(page).toHaveURL(/\/tpns\/server\/1008026\/#tpns-rest-api-1008026$/);
  await expect(page.getByRole('region', { name: 'What to do' })).toContainText('No advice in the sources');
});

test('the catalog table has a category column marked as this site\'s reading', async ({ page }) => {
  await page.goto(sitePath('/apns/server/'));
  await expect(page.getByRole('columnheader', { name: "Category (this site's reading)" })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '410', exact: true }) });
  await row.getByRole('link', { name: 'Invalid or expired token' }).click();
  await expect(page.locator('h1')).toHaveText('Invalid or expired token');
});

test('a category page lists its meanings grouped by vendor, each at its anchor, and its action', async ({ page }) => {
  await page.goto(sitePath('/category/invalid-token/'));
  await expect(page.locator('h1')).toHaveText('Invalid or expired token');
  await expect(page.getByText("this site's reading of the vendors' words")).toBeVisible();
  await expect(page.getByText('What usually fixes it')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'remove-token' })).toContainText('The token will never work again');
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
  const meizu = page.getByRole('region', { name: 'Meizu', exact: true });
  await expect(meizu.getByRole('row').filter({ hasText: '520' })).toContainText('placed here by hand');
  // Meizu 110010 is here with its rate meaning only, linked at it
  await expect(meizu.getByRole('row').filter({ hasText: '110010' })).toHaveText(/Push rate is too fast\./);
  await expect(meizu.getByRole('link', { name: '110010' })).toHaveAttribute('href', /\/meizu\/server\/110010\/#tencent-cloud-chat-push-110010$/);
  await page.goto(sitePath('/category/service-unavailable/'));
  await expect(page.getByRole('heading', { name: 'Kept out by hand' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'tpns/server/10010005' })).toBeVisible();
  await expectNoAxeViolations(page);
});

// That the sidebar never lists a code is pages.test.ts's.
test('the sidebar links the categories page, which links every category', async ({ page }) => {
  await page.goto(sitePath('/'));
  const sidebar = page.locator('nav[aria-label="Main"]');
  await sidebar.getByRole('link', { name: 'Codes by problem' }).click();
  await expect(page).toHaveURL(/\/category\/$/);
  await expect(page.getByRole('main').getByRole('link', { name: 'Invalid or expired token' })).toHaveAttribute('href', /\/category\/invalid-token\/$/);
  await expect(page.getByText(/^\d+ of \d+ described codes \(\d+%\) have a what to do/)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Invalid or expired token' })).toContainText('remove-token');
  await expect(page.getByRole('row').filter({ hasText: 'Invalid or expired token' })).toContainText('10');
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
