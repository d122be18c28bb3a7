// A source with hostile cells (__e2e__/fixtures/hostile/), built into a real site:
// no dialog opens, no script from a cell runs, no request leaves the host (the fixture
// fails the test on any), and the harmless markup is kept.
import type { Page } from '@playwright/test';
import { expect, sitePath, test } from './fixtures';

/** Fails the test on any alert/confirm/prompt, and on any script from a cell running. */
async function guard(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

const HOSTILE_CODES = ['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008', '1009', '1012', '1014', '1016'];

for (const code of HOSTILE_CODES) {
  test(`code ${code}: nothing from its cells runs`, async ({ page }) => {
    const dialogs = await guard(page);
    await page.goto(sitePath(`/acme/server/${code}/`));
    await expect(page.locator('h1')).toHaveText(`${code} · ACME server`);
    // Hover and click everything a handler could hide on.
    for (const element of await page.locator('article.meaning-card dd *').all()) await element.hover({ trial: false }).catch(() => {});
    await page.waitForLoadState('networkidle');
    expect(dialogs).toEqual([]);
    const content = page.locator('article.meaning-card');
    expect(await content.locator('script, style, iframe, object, embed, form, svg, math, img').count()).toBe(0);
    const attributes = await content.locator('*').evaluateAll((elements) =>
      elements.flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`)));
    expect(attributes.filter((a) => /^on|^style=/i.test(a))).toEqual([]);
    expect(attributes.filter((a) => /^href=/.test(a) && !/^href=(https?:|#|\/)/.test(a))).toEqual([]);
  });
}

test('harmless markup is kept', async ({ page }) => {
  await page.goto(sitePath('/acme/server/1010/'));
  const cell = page.locator('article.meaning-card').first();
  await expect(cell.locator('br')).toHaveCount(1);
  await expect(cell.locator('li')).toHaveText(['one', 'two']);
  await expect(cell.locator('code').first()).toHaveText('code');
  await expect(cell.locator('em').first()).toHaveText('emphasis');
  await expect(cell.locator('strong')).toHaveText('strong');
  await page.goto(sitePath('/acme/server/1011/'));
  await expect(page.locator('article.meaning-card a', { hasText: 'https link' })).toHaveAttribute('href', 'https://example.com/a?b=1&c=2');
  await expect(page.locator('article.meaning-card a', { hasText: 'http link' })).toHaveAttribute('href', 'http://example.com/');
  await expect(page.locator('article.meaning-card')).toContainText('an escaped | pipe');
});

test('unsafe codes get safe pages of their own, and the catalog links them', async ({ page, baseURL }) => {
  const dialogs = await guard(page);
  const base = new URL(baseURL!).pathname;
  await page.goto(sitePath('/acme/client/'));
  const links = page.locator('table a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBe(14);
  for (const href of hrefs) expect(href.slice(base.length)).toMatch(/^acme\/client\/[A-Za-z0-9._~+-]+\/$/);
  await page.getByRole('link', { name: '../x' }).click();
  await expect(page.locator('h1')).toHaveText('../x · ACME client');
  await expect(page).toHaveURL(/\/acme\/client\/x-[0-9a-f]{8}\/$/);
  await page.goto(sitePath('/acme/client/x/'));
  await expect(page.locator('h1')).toHaveText('x · ACME client');
  expect(dialogs).toEqual([]);
});

test('search over hostile meanings shows text, runs nothing', async ({ page }) => {
  const dialogs = await guard(page);
  await page.goto(sitePath('/'));
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: /code number or words/i });
  for (const query of ['removed', 'alert', 'script', '1001']) {
    await input.fill(query);
    await expect(page.locator('site-search [role="status"]')).toHaveText(/^(\d+ results?|No code or meaning matches)/);
  }
  await page.waitForLoadState('networkidle');
  expect(dialogs).toEqual([]);
  expect(await page.locator('#site-search-results script, #site-search-results img, #site-search-results [onerror]').count()).toBe(0);
});

test.describe('copied for a ticket', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a meaning written like a Markdown link is pasted as text, linking only to its page', async ({ page, baseURL }) => {
    await page.goto(sitePath('/acme/server/1013/'));
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    // Built under /errors/ without SITE_URL: the link is the address the page is served at, sub-path included.
    const link = new URL('acme/server/1013/', baseURL).href;
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/errors\/acme\/server\/1013\/$/);
    expect(await page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`[ACME server 1013 — x\\](https://evil.example/phish) \\[ Markdown in the words a ticket copies](${link})`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await page.goto(link);
    await expect(page.locator('h1')).toHaveText('1013 · ACME server');
  });
});

// __e2e__/fixtures/hostile/content/sources/title-breakers.md: codes, a vendor, a surface
// and a category whose names end the page's <title> and start a script, and descriptions
// that end a <meta> attribute. Each stays text in the tab's title and the <meta> tags.
test.describe('names that try to end the page title', () => {
  const VENDOR = "</title><script>alert('vendor-name')</script>";
  const SURFACE = "</title><script>alert('surface')</script>";
  const CATALOG = `${VENDOR} ${SURFACE}`;
  const CODES = [
    "</title><script>alert('entity')</script>", // written &lt;/title&gt;…
    "</title><script>alert('inline-code')</script>", // inside `inline code`
    "</title><script>alert('backslash')</script>", // written \</title\>…
  ];

  /** The page as it is: this tab title, one <title>, and no script element from the fixture's names. */
  async function expectTitle(page: Page, title: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    expect(await page.title()).toBe(title);
    await expect(page.locator('title')).toHaveCount(1);
    expect(await page.locator('script').evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes('alert(')).length)).toBe(0);
  }

  for (const code of CODES) {
    test(`a code ${JSON.stringify(code)}`, async ({ page }) => {
      const dialogs = await guard(page);
      await page.goto(sitePath('/evil/evil/'));
      await page.getByRole('link', { name: code, exact: true }).click();
      await expect(page.locator('h1')).toHaveText(`${code} · ${CATALOG}`);
      await expectTitle(page, `${code} · ${CATALOG} | Push Error Codes`);
      expect(dialogs).toEqual([]);
    });
  }

  test('a vendor\'s and a surface\'s names, and a description in the <meta> tags', async ({ page }) => {
    const dialogs = await guard(page);
    await page.goto(sitePath('/evil/evil/2001/'));
    await expectTitle(page, `2001 · ${CATALOG} | Push Error Codes`);
    const preview = `2001 · ${CATALOG} — "><script>alert('meta')</script> A title breaker in the words of the page's description`;
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', preview);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', preview);
    await expect(page.locator('meta[name="twitter:description"]')).toHaveAttribute('content', preview);
    await page.goto(sitePath('/evil/evil/'));
    await expectTitle(page, `${CATALOG} error codes | Push Error Codes`);
    expect(dialogs).toEqual([]);
  });

  test('a vendor\'s title, and its description in the <meta> tags', async ({ page }) => {
    const dialogs = await guard(page);
    await page.goto(sitePath('/evil/'));
    await expectTitle(page, "</title><script>alert('vendor-title')</script> | Push Error Codes");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', "\"><script>alert('vendor-description')</script>");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', "</title><script>alert('vendor-title')</script>");
    expect(dialogs).toEqual([]);
  });

  test('the home page, named after the site, has the site\'s name once', async ({ page }) => {
    await page.goto(sitePath('/'));
    await expectTitle(page, 'Push Error Codes');
    await page.goto(sitePath('/acme/server/'));
    await expectTitle(page, 'ACME server error codes | Push Error Codes');
  });

  test('a category\'s name, and its description in the <meta> tags', async ({ page }) => {
    const dialogs = await guard(page);
    await page.goto(sitePath('/category/title-breaker/'));
    await expectTitle(page, "</title><script>alert('category')</script> | Push Error Codes");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^"><script>alert\('category-means'\)<\/script> Codes of every vendor/);
    expect(dialogs).toEqual([]);
  });
});
