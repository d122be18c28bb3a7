// What a reader sees on a code page, a catalog page, a vendor page and a lookup page,
// and where their links lead.
import { expect, expectNoAxeViolations, sitePath, test } from './fixtures';

test('a code page shows the meaning, every source, and links around it', async ({ page }) => {
  await page.goto(sitePath('/tpns/server/1008001/'));
  await expect(page).toHaveTitle('1008001 · TPNS server | Push Error Codes');
  await expect(page.locator('h1')).toHaveText('1008001 · TPNS server');
  await expect(page.locator('.code-lead')).toHaveText('Parameter parse error');

  // One card per source row: the three TPNS documents that list the code.
  const cards = page.locator('article.meaning-card');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0)).toContainText('TPNS error codes (Android SDK)');
  await expect(cards.nth(0)).toContainText('Parameter parsing error');
  await expect(cards.nth(2)).toContainText('English descriptor');
  await expect(cards.nth(2)).toContainText('paramter parse error');
  await expect(cards.nth(2)).toContainText('Feedback API');
  await expect(cards.nth(2)).toContainText('General API');
  // The citation names the document and links its published page; this site's copy is named, small, for maintainers.
  const citation = cards.nth(2).locator('.source');
  await expect(citation).toContainText('From TPNS server-side error codes (RESTful API), table 1');
  await expect(citation.getByRole('link', { name: 'TPNS server-side error codes (RESTful API)' }))
    .toHaveAttribute('href', 'https://www.tencentcloud.com/document/product/1024/33763');
  await expect(citation.locator('small')).toHaveText("This site's copy: content/sources/tpns-rest-api.md, line 12");

  await page.getByRole('link', { name: '1008002 →' }).click();
  await expect(page.locator('h1')).toHaveText('1008002 · TPNS server');
  await page.getByRole('link', { name: 'All TPNS server codes' }).click();
  await expect(page.locator('h1')).toHaveText('TPNS server error codes');
});

test('notices: a likely typo, an inferred vendor, a row with no description', async ({ page }) => {
  await page.goto(sitePath('/tpns/server/10080021/'));
  await expect(page.getByText('Probably the same as 1008021')).toBeVisible();
  await page.getByRole('link', { name: '1008021', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('1008021 · TPNS server');
  await expect(page.getByText('Probably the same as 10080021')).toBeVisible();
  await expect(page.getByText('Vendor inferred from the codes')).toHaveCount(0);

  // Huawei's only table is inferred: the page says so, and so does the card of its meaning.
  await page.goto(sitePath('/huawei/server/907135701/'));
  await expect(page.locator('.notices')).toContainText('Vendor inferred from the codes');
  await expect(page.locator('article.meaning-card .notice').first()).toContainText('Vendor inferred from the codes');
  await expect(page.locator('.code-lead')).toHaveText('No description in the source.');
  await expect(page.locator('article.meaning-card')).toContainText('No description in the source');
});

test('rowspan rows are meanings of the code above them', async ({ page }) => {
  await page.goto(sitePath('/apns/server/403/'));
  const cards = page.locator('article.meaning-card');
  await expect(cards).toHaveCount(4);
  await expect(cards.nth(0)).toContainText('BadCertificate: The certificate is invalid.');
  await expect(cards.nth(1)).toContainText('BadCertificateEnvironment');
  await expect(cards.nth(3)).toContainText('InvalidProviderToken');
  await expect(cards.nth(1)).toContainText('a further row under the same code');
  // Each error name the meanings start with, in a table above the cards, linking to its card.
  const reasons = page.locator('table.reasons');
  await expect(reasons.locator('tbody th')).toHaveText(['BadCertificate', 'BadCertificateEnvironment', 'ExpiredProviderToken', 'InvalidProviderToken']);
  await reasons.getByRole('link', { name: 'ExpiredProviderToken' }).click();
  await expect(page).toHaveURL(/#tencent-cloud-chat-push-403-expiredprovidertoken$/);
  await expect(cards.nth(2)).toBeInViewport();
  await expect(cards.nth(2).locator('h3')).toContainText('ExpiredProviderToken');
  await expectNoAxeViolations(page);
});

test('same number elsewhere links to the other catalogs', async ({ page }) => {
  await page.goto(sitePath('/huawei/server/503/'));
  await expect(page.locator('.code-lead')).toHaveText('Traffic control.');
  const elsewhere = page.locator('h2#elsewhere + ul');
  await expect(elsewhere.getByRole('link')).toHaveText(['503 · Honor server', '503 · FCM server']);
  await elsewhere.getByRole('link', { name: '503 · FCM server' }).click();
  await expect(page.locator('.code-lead')).toContainText('UNAVAILABLE');
  await page.getByRole('link', { name: '503 in every catalog' }).click();
  await expect(page.locator('h1')).toHaveText('503 in 3 catalogs');
});

test('breadcrumbs lead back up to the vendor', async ({ page }) => {
  await page.goto(sitePath('/tpns/ios/-10002/'));
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await expect(crumbs.getByRole('listitem')).toHaveText(['Home', 'TPNS', 'TPNS iOS SDK', '-10002']);
  await crumbs.getByRole('link', { name: 'TPNS', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Tencent Push Notification Service');
  await expect(page.getByRole('link', { name: 'TPNS iOS SDK' })).toBeVisible();
  await expect(page.getByText('17 codes')).toBeVisible();
});

test('a catalog page lists every code with the notes around its table', async ({ page }) => {
  await page.goto(sitePath('/timpush/server/'));
  await expect(page.getByText('the HTTP return code of the push service REST API is 200')).toBeVisible();
  const rows = page.locator('table tbody tr');
  await expect(rows).toHaveCount(21);
  await rows.first().getByRole('link', { name: '90001' }).click();
  await expect(page.locator('h1')).toHaveText('90001 · Tencent Cloud Chat push server');
});

test('a lookup page lists every catalog that uses the number', async ({ page }) => {
  await page.goto(sitePath('/code/80300007/'));
  await expect(page.locator('h1')).toHaveText('80300007 in 2 catalogs');
  await expect(page.getByRole('region', { name: '80300007 · Huawei server', exact: true })).toContainText('Specified Token is invalid.');
  await expect(page.getByRole('region', { name: '80300007 · Honor server', exact: true })).toContainText('ALL Push Tokens are invalid.');
});

test('a number used by one catalog sends the reader to its page', async ({ page }) => {
  await page.goto(sitePath('/code/1008001/'));
  await expect(page).toHaveURL(/\/tpns\/server\/1008001\/$/);
  await expect(page.locator('h1')).toHaveText('1008001 · TPNS server');
});

test('the home page box looks a number up', async ({ page }) => {
  await page.goto(sitePath('/'));
  await expect(page.getByRole('link', { name: 'Huawei', exact: true })).toBeVisible();
  await page.getByLabel('Look up a code').fill('503');
  await page.getByLabel('Look up a code').press('Enter');
  await expect(page.locator('h1')).toHaveText('503 in 3 catalogs');
});

test('the sidebar lists vendors and catalogs, never codes', async ({ page }) => {
  await page.goto(sitePath('/tpns/server/1008001/'));
  const sidebar = page.locator('nav[aria-label="Main"]');
  await expect(sidebar.getByRole('link', { name: 'server' }).first()).toBeVisible();
  await expect(sidebar.getByRole('link', { name: /^\d/ })).toHaveCount(0);
});
