// Made for tickets: copy buttons, link previews, JSON per code, and a useful 404.
import { expect, sitePath, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });



test('copy buttons put the link, Markdown and text on the clipboard and say so', async ({ page, baseURL }) => {
  await page.goto(sitePath('/tpns/server/1008001/?from=ticket#tpns-rest-api-l12'));
  // Built without SITE_URL: the address the page is served at (here 127.0.0.1 and the test's port), never an invented host.
  const link = new URL('tpns/server/1008001/', baseURL).href;
  const status = page.locator('.copy-buttons [role="status"]');
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(status).toHaveText('Link copied');
  expect(await clipboard()).toBe(link);

  // By keyboard: focus the button and press Enter.
  await page.getByRole('button', { name: 'Copy as Markdown' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Markdown link copied');
  expect(await clipboard()).toBe(`[TPNS server 1008001 — Parameter parse error](${link})`);

  await page.getByRole('button', { name: 'Copy as text' }).focus();
  await page.keyboard.press('Space');
  await expect(status).toHaveText('Text copied');
  expect(await clipboard()).toBe(`1008001 · TPNS server\nParameter parse error\n${link}`);

  // The copied link opens the same page.
  await page.goto(link);
  await expect(page.locator('h1')).toHaveText('1008001 · TPNS server');
});

test('a code page carries its own preview tags, and no canonical link to a host the build cannot know', async ({ page }) => {
  await page.goto(sitePath('/tpns/server/1008001/'));
  const preview = '1008001 · TPNS server — Parameter parse error';
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  await expect(page).toHaveTitle('1008001 · TPNS server | Push Error Codes');
  expect(await meta('meta[name="description"]')).toBe(preview);
  expect(await meta('meta[property="og:title"]')).toBe(preview);
  expect(await meta('meta[property="og:description"]')).toBe(preview);
  await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  expect(await meta('meta[name="twitter:title"]')).toBe(preview);
  expect(await meta('meta[name="twitter:card"]')).toBeTruthy();
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
});

test('each meaning has an anchor of its own, made of its source, its code and its name or rank', async ({ page }) => {
  await page.goto(sitePath('/tpns/server/1008001/#tpns-rest-api-1008001'));
  await expect(page.locator('#tpns-rest-api-1008001')).toBeInViewport();
  await expect(page.locator('#tpns-rest-api-1008001')).toContainText('paramter parse error');
  await expect(page.locator('#tpns-rest-api-1008001').getByRole('link', { name: 'Link to this wording' }))
    .toHaveAttribute('href', '#tpns-rest-api-1008001');
});

test('an anchor published when anchors were the source\'s line still reaches its meaning', async ({ page }) => {
  // Line 12 of tpns-rest-api.md (content/published-anchors.txt).
  await page.goto(sitePath('/tpns/server/1008001/#tpns-rest-api-l12'));
  const card = page.locator('article.meaning-card:has(#tpns-rest-api-l12)');
  await expect(card).toHaveAttribute('id', 'tpns-rest-api-1008001');
  await expect(card).toBeInViewport();
  await expect(card).toContainText('paramter parse error');
});

test('a code page links its JSON, the same object as in codes.json', async ({ page, request }) => {
  await page.goto(sitePath('/apns/server/403/'));
  const href = await page.getByRole('link', { name: 'JSON' }).getAttribute('href');
  const json = await (await request.get(href!)).json();
  expect(json).toMatchObject({ vendor: 'apns', surface: 'server', code: '403', summary: 'BadCertificate: The certificate is invalid.' });
  expect(json.meanings).toHaveLength(4);
  expect(json.meanings[1].source).toMatchObject({ file: 'content/sources/tencent-cloud-chat-push.md', table: 10 });
  const all = await (await request.get(sitePath('/codes.json'))).json();
  expect(all.codes.find((c: { url: string }) => c.url === json.url)).toEqual(json);
});

test('a missing code explains itself and offers the nearest codes', async ({ page, requests }) => {
  const missing = sitePath('/huawei/server/80300099/');
  requests.allowStatus(404, missing);
  const response = await page.goto(missing);
  expect(response?.status()).toBe(404);
  await expect(page.getByText('Code 80300099 is not in the Huawei server catalog.')).toBeVisible();
  const nearest = page.locator('[data-nearest] li');
  await expect(nearest.first()).toContainText('80300007 · Huawei server');
  await page.getByRole('link', { name: 'Huawei server', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Huawei server error codes');
});

test('a missing number explains itself', async ({ page, requests }) => {
  const missing = sitePath('/code/12345/');
  requests.allowStatus(404, missing);
  await page.goto(missing);
  await expect(page.getByText('Code 12345 is not in any catalog.')).toBeVisible();
  await expect(page.locator('[data-nearest] li').first()).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: /code number or words/i })).toBeFocused();
});

test('a URL written another way lands on the page that exists', async ({ page, requests }) => {
  for (const [asked, landed, title] of [
    ['/TPNS/server/1008001/', '/tpns/server/1008001/', '1008001 · TPNS server'],
    ['/tpns/android/other/', '/tpns/android/Other/', 'Other · TPNS Android SDK'],
    ['/code/+503/', '/code/503/', '503 in 3 catalogs'],
    ['/Huawei/Server/', '/huawei/server/', 'Huawei server error codes'],
  ]) {
    requests.allowStatus(404, sitePath(asked!));
    await page.goto(sitePath(asked!));
    await expect(page).toHaveURL(new RegExp(`${landed!.replace(/[+]/g, '\\+')}$`));
    await expect(page.locator('h1')).toHaveText(title!);
  }
});

test('a code missing from one catalog lists the same code in the others first', async ({ page, requests }) => {
  const missing = sitePath('/huawei/server/1008001/');
  requests.allowStatus(404, missing);
  await page.goto(missing);
  await expect(page.getByText('Code 1008001 is not in the Huawei server catalog.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The same code in other catalogs' })).toBeVisible();
  await expect(page.locator('#missing-code ul').first().locator('li').first()).toContainText('1008001 · TPNS server');
});
