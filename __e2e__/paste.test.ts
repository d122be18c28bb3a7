// Pastes into the real search dialog, the search page and the home page's lookup box, as
// a support engineer would paste them (Ctrl+V from the clipboard, line breaks included).
// Codes, meanings and categories were read by hand in content/sources/*.md and
// content/categories.yml.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, sitePath, test } from './fixtures';

interface Line { code: string; catalog: string; match: string }

const STATUS = 'site-search [role="status"]';
const DONE = /^(\d+ results?( · showing \d+)?|No code or meaning matches)/;

async function openSearch(page: Page, path = '/') {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(sitePath(path));
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Search codes' })).toBeVisible();
}

/** Puts `text` on the clipboard and pastes it with Ctrl+V into the focused box. */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+v');
}

async function linesOf(page: Page, scope: string): Promise<Line[]> {
  return page.locator(`${scope} [role="option"]`).evaluateAll((options) => options.map((o) => ({
    code: o.querySelector('.result-code')!.textContent!,
    catalog: o.querySelector('.result-catalog')!.textContent!,
    match: o.querySelector('.result-match')!.textContent!,
  })));
}

/** Pastes into the dialog and returns its lines once the answer is complete. */
async function pasteAndRead(page: Page, text: string): Promise<Line[]> {
  await paste(page, text);
  await expect(page.locator(STATUS)).toHaveText(DONE);
  return linesOf(page, 'site-search');
}

const notices = (page: Page, scope = 'site-search') => page.locator(`${scope} [data-notices] .notice`);

const PASTES: { what: string; paste: string; first: Line[]; notices?: string[] }[] = [
  {
    what: 'logcat lines and a server body: both codes, each from its own bit',
    paste: '11-30 10:15:02.123  1234  5678 E TPush: register failed, errCode=10004\n11-30 10:15:03.001  1234  5678 I TPush: retry in 5000 ms\nserver: {"ret_code":1008006,"err_msg":"invalid token"}\n',
    first: [
      { code: '10004', catalog: 'TPNS Android SDK', match: 'exact code · from “errCode=10004”' },
      { code: '-10004', catalog: 'TPNS iOS SDK', match: 'other sign: -10004, not 10004 · from “errCode=10004”' },
      { code: '1008006', catalog: 'TPNS server', match: 'exact code · from “"ret_code":1008006”' },
    ],
  },
  {
    what: 'a Huawei REST body: Huawei before Honor, by its host',
    paste: 'POST https://push-api.cloud.huawei.com/v1/10086/messages:send\n{"code":"80300007","msg":"All the tokens are invalid","requestId":"157440955549500001002006"}',
    first: [
      { code: '80300007', catalog: 'Huawei server', match: 'exact code · from “"code":"80300007"”' },
      { code: '80300007', catalog: 'Honor server', match: 'exact code · from “"code":"80300007"”' },
    ],
  },
  {
    what: 'an FCM v1 error body, pretty-printed',
    paste: '{\n  "error": {\n    "code": 404,\n    "message": "Requested entity was not found.",\n    "status": "NOT_FOUND",\n    "details": [{ "errorCode": "UNREGISTERED" }]\n  }\n}',
    // Its 404 answered by the UNREGISTERED row the body names (the result's link lands on that row).
    first: [{ code: '404', catalog: 'FCM server', match: 'exact code, error name UNREGISTERED · from “"errorCode": "UNREGISTERED"”' }],
    // FCM's catalog has UNREGISTERED but no NOT_FOUND (content/sources/tencent-cloud-chat-push.md, FCM table).
    notices: ['No error name NOT_FOUND in any catalog (from “"status": "NOT_FOUND"”).'],
  },
  {
    what: 'an OPPO body: OPPO’s -2 before XGPush’s, by its message',
    paste: '{"code":-2,"message":"Server traffic control.","data":null}',
    first: [
      { code: '-2', catalog: 'OPPO server', match: 'exact code · from “"code":-2”' },
      { code: '-2', catalog: 'XGPush server', match: 'exact code · from “"code":-2”' },
    ],
  },
  {
    what: 'an APNs HTTP/2 answer with its reason',
    paste: 'HTTP/2 410\napns-id: eabeae54-14a8-11e5-b60b-1697f925ec7b\n{"reason":"Unregistered","timestamp":1701334502000}',
    first: [{ code: '410', catalog: 'APNs server', match: 'exact code · from “HTTP/2 410”' }],
  },
  {
    what: 'an iOS NSError',
    paste: 'Error Domain=com.tencent.tpns Code=-10002 "The token has already been bound or unbound." UserInfo={NSLocalizedDescription=The token has already been bound or unbound.}',
    first: [{ code: '-10002', catalog: 'TPNS iOS SDK', match: 'exact code · from “Code=-10002”' }],
  },
];

for (const { what, paste: text, first, notices: said = [] } of PASTES) {
  test(`pasted: ${what}`, async ({ page }) => {
    await openSearch(page);
    expect((await pasteAndRead(page, text)).slice(0, first.length)).toEqual(first);
    await expect(notices(page)).toHaveText(said);
  });
}

test('a pasted line keeps its line breaks, shown as ↵', async ({ page }) => {
  await openSearch(page);
  await pasteAndRead(page, 'errCode=10004\nserver: {"ret_code":1008006}');
  await expect(page.locator('#site-search-input')).toHaveValue('errCode=10004 ↵ server: {"ret_code":1008006}');
});

test('an absent code says so first, then only the nearest codes, labelled as such', async ({ page }) => {
  await openSearch(page);
  const lines = await pasteAndRead(page, '80300099');
  await expect(notices(page)).toHaveText(['No code 80300099 in any catalog.']);
  // Honor's 80300010 is the closest code of the same length (89 away), then 80300008, 80300007.
  expect(lines[0]).toEqual({ code: '80300010', catalog: 'Honor server', match: 'nearest to 80300099 — not a match' });
  expect(lines.every((line) => line.match === 'nearest to 80300099 — not a match')).toBe(true);
});

test('12345 and -424242 are in no catalog, and Pagefind’s shorter-prefix fallback is not shown', async ({ page }) => {
  await openSearch(page);
  for (const code of ['12345', '-424242']) {
    await page.locator('#site-search-input').fill(code);
    await expect(page.locator(STATUS)).toHaveText(`No code or meaning matches “${code}”.`);
    await expect(notices(page)).toHaveText([`No code ${code} in any catalog.`]);
    expect(await linesOf(page, 'site-search')).toEqual([]);
    // Nothing matched: the categories are offered instead.
    await expect(page.locator('site-search [data-notices] .suggestion a').first()).toHaveText('Success');
  }
});

test('a code in a paste that no catalog has is said to be missing, with where it came from', async ({ page }) => {
  await openSearch(page);
  await pasteAndRead(page, '> POST /3/device/7d1a4f2b9c0e8d6a5b4c3d2e1f0a9b8c HTTP/2\n< HTTP/2 400\n{"reason":"BadDeviceToken"}');
  await expect(notices(page)).toContainText(['No error name BadDeviceToken in any catalog (from “"reason":"BadDeviceToken"”).']);
});

test('-10002 and 10002: the exact code first, the other sign labelled', async ({ page }) => {
  await openSearch(page);
  expect((await pasteAndRead(page, 'errCode: -10002')).slice(0, 2)).toEqual([
    { code: '-10002', catalog: 'TPNS iOS SDK', match: 'exact code · from “errCode: -10002”' },
    { code: '10002', catalog: 'TPNS Android SDK', match: 'other sign: 10002, not -10002 · from “errCode: -10002”' },
  ]);
  await page.locator('#site-search-input').fill('10002');
  await expect(page.locator(STATUS)).toHaveText(DONE);
  expect(await linesOf(page, 'site-search')).toEqual([
    { code: '10002', catalog: 'TPNS Android SDK', match: 'exact code' },
    { code: '10002', catalog: 'Xiaomi server', match: 'exact code' },
    { code: '-10002', catalog: 'TPNS iOS SDK', match: 'other sign: -10002, not 10002' },
  ]);
});

test('a category word finds the category page and its codes', async ({ page }) => {
  await openSearch(page);
  await page.locator('#site-search-input').fill('quota');
  await expect(page.locator(STATUS)).toHaveText(DONE);
  const lines = await linesOf(page, 'site-search');
  expect(lines[0]).toEqual({ code: 'Rate limit and quota', catalog: 'Category', match: "category — this site's reading" });
  // Huawei's 503 "Traffic control." has no word "quota": it is found through its category, and says so.
  await page.locator('site-search [data-more]').click();
  await expect(page.locator('#site-search-results [role="option"]').filter({ hasText: /^503Huawei server/ })).toContainText(
    'in category Rate limit and quota — this site\'s reading');
  await page.locator('#site-search-input').fill('token expired');
  await expect(page.locator(STATUS)).toHaveText(DONE);
  expect((await linesOf(page, 'site-search'))[0]).toEqual({ code: 'Invalid or expired token', catalog: 'Category', match: "category — this site's reading" });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/category\/invalid-token\/$/);
});

test('more than 10 results: the real count, never one that changes, and all of them one click away', async ({ page }) => {
  await openSearch(page);
  // Pagefind's results arrive slowly, as on a slow link: a count shown before they are in would be a guess.
  await page.route('**/pagefind/fragment/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    await route.continue();
  });
  await page.locator('site-search [role="status"]').evaluate((status) => {
    const seen: string[] = ((window as unknown as { statuses: string[] }).statuses = []);
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await page.locator('#site-search-input').fill('token');
  const status = page.locator(STATUS);
  await expect(status).toHaveText(/^\d+ results · showing \d+$/);
  const total = Number(/^(\d+)/.exec((await status.textContent())!)![1]);
  expect(total).toBeGreaterThan(10);
  await page.getByRole('button', { name: `Show all ${total} results` }).click();
  await expect(status).toHaveText(`${total} results`);
  const counts = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses.filter((s) => /^\d/.test(s)));
  expect(new Set(counts.map((s) => /^\d+/.exec(s)![0]))).toEqual(new Set([String(total)]));
  const hrefs = await page.locator('#site-search-results a[role="option"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toHaveLength(total);
  expect(new Set(hrefs).size).toBe(total);
  await expect(page.locator('site-search [data-more]')).toBeHidden();
});

test('a search has a link that opens the same answer, line breaks and filters included', async ({ page, browser }) => {
  await openSearch(page);
  const text = 'HMS push failed:\n{"code":"80300007","msg":"All the tokens are invalid"}';
  const inDialog = await pasteAndRead(page, text);
  const link = await page.getByRole('link', { name: 'Link to this search' }).getAttribute('href');
  expect(link).toMatch(/\/search\/\?q=HMS\+push\+failed%3A%0A/);

  // Opened elsewhere, as from a ticket.
  const other = await browser.newPage();
  await other.goto(new URL(link!, page.url()).href);
  await expect(other.locator('search-page [role="status"]')).toHaveText(DONE);
  expect(await linesOf(other, 'search-page')).toEqual(inDialog);
  await expect(other.locator('#search-page-input')).toHaveValue('HMS push failed: ↵ {"code":"80300007","msg":"All the tokens are invalid"}');
  await other.close();

  // The search page keeps its URL in step with the box and the filters.
  await page.goto(sitePath('/search/?q=token&vendor=Huawei'));
  await expect(page.locator('search-page [role="status"]')).toHaveText(DONE);
  const lines = await linesOf(page, 'search-page');
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.every((line) => line.catalog === 'Huawei server')).toBe(true);
  await page.locator('#search-page-input').fill('-10002');
  await expect(page).toHaveURL(/\/search\/\?q=-10002&vendor=Huawei$/);
});

test('the home page box takes a padded code and lands on its page', async ({ page }) => {
  await page.goto(sitePath('/'));
  const box = page.getByLabel('Look up a code');
  await box.fill(' 80300007 ');
  expect(await box.evaluate((input: HTMLInputElement) => input.checkValidity())).toBe(true);
  await box.press('Enter');
  await expect(page.locator('h1')).toHaveText('80300007 in 2 catalogs');
});

test('the home page box sends a code with a twin of the other sign to the search page, which shows both', async ({ page }) => {
  await page.goto(sitePath('/'));
  await page.getByLabel('Look up a code').fill('-10002');
  await page.getByLabel('Look up a code').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=-10002$/);
  await expect(page.locator('search-page [role="status"]')).toHaveText(DONE);
  expect((await linesOf(page, 'search-page')).slice(0, 2)).toEqual([
    { code: '-10002', catalog: 'TPNS iOS SDK', match: 'exact code' },
    { code: '10002', catalog: 'TPNS Android SDK', match: 'other sign: 10002, not -10002' },
  ]);
});

test('the home page box takes a pasted log line and lands on its answer', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(sitePath('/'));
  await page.getByLabel('Look up a code').focus();
  await paste(page, '11-30 10:15:02.123  1234  5678 E TPush: register failed, errCode=-10005\n');
  await page.getByRole('button', { name: 'Go' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('search-page [role="status"]')).toHaveText(DONE);
  expect((await linesOf(page, 'search-page'))[0]).toEqual({ code: '-10005', catalog: 'TPNS Android SDK', match: 'exact code · from “errCode=-10005”' });
});

test('the home page box says a missing code is missing', async ({ page }) => {
  await page.goto(sitePath('/'));
  await page.getByLabel('Look up a code').fill('12345');
  await page.getByLabel('Look up a code').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=12345$/);
  await expect(notices(page, 'search-page')).toHaveText(['No code 12345 in any catalog.']);
});

test('a paste is shown as text, never as HTML', async ({ page }) => {
  await openSearch(page);
  await page.evaluate(() => { (window as { pwned?: number }).pwned = 0; });
  await pasteAndRead(page, '<img src=x onerror="window.pwned=1"> errCode=<b>-10002</b>\n{"reason":"<script>window.pwned=2</script>BadThing"}');
  await expect(page.locator('site-search [role="option"] img, site-search [role="option"] b, site-search [data-notices] img')).toHaveCount(0);
  await expect(page.locator('#site-search-results [role="option"]').first()).toContainText('-10002');
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBe(0);
});

test('the search page with an answer passes axe', async ({ page }) => {
  await page.goto(sitePath('/search/?q=-10002'));
  await expect(page.locator('search-page [role="status"]')).toHaveText(DONE);
  await expectNoAxeViolations(page);
});

test('an error name lands on the row that has it, and the result shows that row\'s own words', async ({ page }) => {
  await openSearch(page);
  const [first] = await pasteAndRead(page, 'APNs responded 403 BadCertificateEnvironment');
  expect(first).toMatchObject({ code: '403', catalog: 'APNs server' });
  const option = page.locator('site-search [role="option"]').filter({ hasText: 'BadCertificateEnvironment' }).first();
  await expect(option).toContainText('BadCertificateEnvironment: The client certificate environment is invalid.');
  await option.click();
  await expect(page).toHaveURL(/\/apns\/server\/403\/#tencent-cloud-chat-push-403-badcertificateenvironment$/);
  await expect(page.locator('#tencent-cloud-chat-push-403-badcertificateenvironment')).toBeInViewport();
});
