// The search dialog, typed into as a reader would. Queries were chosen by reading the
// sources in content/sources/: code numbers (unique, shared, negative, prefix, words)
// and phrases from the meanings.
import type { Page } from '@playwright/test';
import { expect, sitePath, test } from './fixtures';

interface Hit { code: string; catalog: string }

async function openSearch(page: Page) {
  await page.goto(sitePath('/'));
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Search codes' })).toBeVisible();
}

/** Types a query and returns the results once both the code index and Pagefind answered. */
async function search(page: Page, query: string): Promise<Hit[]> {
  const input = page.getByRole('combobox', { name: /code number or words/i });
  await input.fill(query);
  await expect(page.locator('site-search [role="status"]')).toHaveText(/^(\d+ results?|No code or meaning matches)/);
  return page.locator('#site-search-results [role="option"]').evaluateAll((options) =>
    options.map((o) => ({ code: o.querySelector('.result-code')!.textContent!, catalog: o.querySelector('.result-catalog')!.textContent! })));
}

const CODE_QUERIES: [query: string, first: Hit[]][] = [
  ['1008001', [{ code: '1008001', catalog: 'TPNS server' }]],
  ['10080021', [{ code: '10080021', catalog: 'TPNS server' }]],
  ['80300007', [{ code: '80300007', catalog: 'Huawei server' }, { code: '80300007', catalog: 'Honor server' }]],
  ['503', [{ code: '503', catalog: 'Huawei server' }, { code: '503', catalog: 'Honor server' }, { code: '503', catalog: 'FCM server' }]],
  ['-10002', [{ code: '-10002', catalog: 'TPNS iOS SDK' }, { code: '10002', catalog: 'TPNS Android SDK' }, { code: '10002', catalog: 'Xiaomi server' }]],
  ['10002', [{ code: '10002', catalog: 'TPNS Android SDK' }, { code: '10002', catalog: 'Xiaomi server' }, { code: '-10002', catalog: 'TPNS iOS SDK' }]],
  ['-1', [{ code: '-1', catalog: 'XGPush server' }, { code: '-1', catalog: 'Xiaomi server' }, { code: '-1', catalog: 'OPPO server' }]],
  ['0', [{ code: '0', catalog: 'TPNS Android SDK' }, { code: '0', catalog: 'XGPush server' }, { code: '0', catalog: 'Xiaomi server' }]],
  ['907135701', [{ code: '907135701', catalog: 'Huawei server' }]],
  ['110010', [{ code: '110010', catalog: 'Meizu server' }]],
  ['410', [{ code: '410', catalog: 'APNs server' }]],
  ['-305', [{ code: '-305', catalog: 'TPNS iOS SDK' }]],
  ['-111', [{ code: '-111', catalog: 'XGPush server' }]],
  ['66303', [{ code: '66303', catalog: 'Xiaomi server' }]],
  ['6014', [{ code: '6014', catalog: 'Tencent Cloud Chat push client' }]],
  ['90001', [{ code: '90001', catalog: 'Tencent Cloud Chat push server' }]],
  ['10061', [{ code: '10061', catalog: 'vivo server' }]],
  ['200002', [{ code: '200002', catalog: 'Xiaomi server' }]],
  ['Other', [{ code: 'Other', catalog: 'TPNS Android SDK' }]],
  ['Others', [{ code: 'Others', catalog: 'XGPush server' }]],
];

for (const [query, first] of CODE_QUERIES) {
  test(`code ${query} comes first`, async ({ page }) => {
    await openSearch(page);
    expect((await search(page, query)).slice(0, first.length)).toEqual(first);
  });
}

test('a prefix lists the family', async ({ page }) => {
  await openSearch(page);
  const hits = await search(page, '100800');
  expect(hits.slice(0, 6).map((h) => h.code)).toEqual(['1008001', '1008002', '1008003', '1008004', '1008006', '1008007']);
});

const PHRASE_QUERIES: [query: string, expected: Hit, within: number][] = [
  ['p12 password', { code: '1008022', catalog: 'TPNS server' }, 1],
  ['ExpiredToken', { code: '410', catalog: 'APNs server' }, 1],
  ['HMS Core', { code: '907135003', catalog: 'Huawei server' }, 1],
  ['skipContent', { code: '10061', catalog: 'vivo server' }, 6],
  ['BadCertificateEnvironment', { code: '403', catalog: 'APNs server' }, 1],
  ['SENDER_ID_MISMATCH', { code: '403', catalog: 'FCM server' }, 1],
  ['QUOTA_EXCEEDED', { code: '429', catalog: 'FCM server' }, 1],
  ['UNREGISTERED', { code: '404', catalog: 'FCM server' }, 1],
  ['Marathon policy', { code: '10300', catalog: 'TPNS Android SDK' }, 1],
  ['jniLibs', { code: '10004', catalog: 'TPNS Android SDK' }, 1],
  ['Xiaomi ID', { code: '66303', catalog: 'Xiaomi server' }, 3],
  ['MsgRandom', { code: '90005', catalog: 'Tencent Cloud Chat push server' }, 1],
  ['Fingerprint certificate', { code: '6003', catalog: 'Huawei server' }, 1],
  ['Invalid AppID', { code: '110000', catalog: 'Meizu server' }, 3],
  ['send_time', { code: '10010012', catalog: 'TPNS server' }, 1],
];

for (const [query, expected, within] of PHRASE_QUERIES) {
  test(`"${query}" finds ${expected.catalog} ${expected.code}`, async ({ page }) => {
    await openSearch(page);
    expect((await search(page, query)).slice(0, within)).toContainEqual(expected);
  });
}

test('results show the code, its catalog and its meaning', async ({ page }) => {
  await openSearch(page);
  await search(page, '80300007');
  const first = page.locator('#site-search-results [role="option"]').first();
  await expect(first).toContainText('80300007');
  await expect(first).toContainText('Huawei server');
  await expect(first).toContainText('Specified Token is invalid.');
});

test('vendor filter: "token" within Huawei', async ({ page }) => {
  await openSearch(page);
  await page.getByLabel('Vendor').selectOption('Huawei');
  const hits = await search(page, 'token');
  expect(hits.length).toBeGreaterThan(0);
  expect(hits.every((h) => h.catalog === 'Huawei server')).toBe(true);
  expect(hits.map((h) => h.code)).toContain('80300007');
});

test('surface filter: "token" on iOS SDKs only', async ({ page }) => {
  await openSearch(page);
  await page.getByLabel('Surface').selectOption('iOS SDK');
  const hits = await search(page, 'token');
  expect(hits.length).toBeGreaterThan(0);
  expect(hits.every((h) => h.catalog.endsWith('iOS SDK'))).toBe(true);
});

test('keyboard: the shortcut opens search, arrows and Enter pick a result', async ({ page }) => {
  await page.goto(sitePath('/about/'));
  await page.keyboard.press('/');
  const input = page.getByRole('combobox', { name: /code number or words/i });
  await expect(input).toBeFocused();
  await search(page, '503');
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-activedescendant', 'site-search-option-1');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('503 · Honor server');
});

test('nothing found says so', async ({ page }) => {
  await openSearch(page);
  expect(await search(page, 'zzqxv')).toEqual([]);
  await expect(page.locator('site-search [role="status"]')).toHaveText('No code or meaning matches “zzqxv”.');
});
