// The Content-Security-Policy (src/integrations/content-security-policy.ts): every page
// type carries it first in its head, and nothing the site does breaks it — pages, the
// number redirect, the 404 lookup, search (Pagefind's WebAssembly), the copy buttons,
// the theme menu. Each test fails on any violation, reported by the page's
// `securitypolicyviolation` events or by Chromium's console. Runs on the site and under
// the sub-path (playwright.config.ts).
import type { Page } from '@playwright/test';
import { contentSecurityPolicy } from '../src/integrations/content-security-policy';
import { expect, sitePath, test as base } from './fixtures';

const POLICY = contentSecurityPolicy();

const test = base.extend<{ violations: string[] }>({
  violations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation;
          report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample}) at ${e.sourceFile}:${e.lineNumber}`);
        }, true);
      });
      page.on('console', (message) => {
        if (/content.security.policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** The page's policy is the site's for the chrome it shows (a table of contents, a pager), and nothing but the charset comes before it. */
async function expectPolicyFirst(page: Page): Promise<void> {
  const before = await page.evaluate(() => {
    const meta = document.head.querySelector('meta[http-equiv="content-security-policy"]');
    const children = [...document.head.children];
    return meta ? children.slice(0, children.indexOf(meta)).map((e) => e.outerHTML) : undefined;
  });
  expect(before, 'what precedes the policy in <head>').toEqual(['<meta charset="utf-8">']);
  const chrome = await page.evaluate(() => ({
    tableOfContents: document.querySelector('starlight-toc') !== null,
    pagination: document.querySelector('.pagination-links a') !== null,
  }));
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', contentSecurityPolicy(chrome));
}

const PAGES: [kind: string, path: string, heading: string][] = [
  ['home', '/', 'Push Error Codes'],
  ['about', '/about/', 'About these pages'],
  ['vendor', '/huawei/', 'Huawei Push Kit (HMS Core)'],
  ['catalog', '/huawei/server/', 'Huawei server error codes'],
  ['code', '/huawei/server/80300007/', '80300007 · Huawei server'],
  ['number', '/code/503/', '503 in 3 catalogs'],
  ['category', '/category/invalid-token/', 'Invalid or expired token'],
  ['categories', '/category/', 'Codes by problem'],
  ['lookup', '/code/', 'Look up a code'],
];

test('the policy allows the site\'s own files and listed hashes only', () => {
  expect(POLICY).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ('sha256-[A-Za-z0-9+/]{43}=' ?)+; style-src 'self'; /);
  expect(POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:|data:/);
});

for (const [kind, path, heading] of PAGES) {
  test(`${kind} page ${path}: the policy first, no violation`, async ({ page }) => {
    await page.goto(sitePath(path));
    await expect(page.locator('h1')).toHaveText(heading);
    await page.waitForLoadState('networkidle');
    await expectPolicyFirst(page);
  });
}

test('a number one catalog uses: its redirect page has a policy of its own, and the code page', async ({ page, request }) => {
  const redirect = await (await request.get(sitePath('/code/1008001/'))).text();
  expect(redirect.replaceAll('&#x27;', "'")).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'none'; [^"]+">/);
  await page.goto(sitePath('/code/1008001/'));
  await expect(page.locator('h1')).toHaveText('1008001 · TPNS server');
  await page.waitForLoadState('networkidle');
  await expectPolicyFirst(page);
});

test('the 404 page explains a missing code', async ({ page, requests }) => {
  const missing = sitePath('/huawei/server/80300099/');
  requests.allowStatus(404, missing);
  await page.goto(missing);
  await expect(page.getByText('Code 80300099 is not in the Huawei server catalog.')).toBeVisible();
  await expect(page.locator('[data-nearest] a').first()).toBeVisible();
  await expectPolicyFirst(page);
});

test('the home page box looks a number up', async ({ page }) => {
  await page.goto(sitePath('/'));
  await page.getByLabel('Look up a code').fill('503');
  await page.getByLabel('Look up a code').press('Enter');
  await expect(page.locator('h1')).toHaveText('503 in 3 catalogs');
});

test('search: a code and a phrase, then a result', async ({ page }) => {
  await page.goto(sitePath('/huawei/server/'));
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: /code number or words/i });
  const status = page.locator('site-search [role="status"]');
  await input.fill('80300007');
  await expect(status).toHaveText(/^\d+ results?$/);
  await input.fill('p12 password');
  await expect(status).toHaveText(/^\d+ results?$/);
  await expect(page.locator('#site-search-results .result-code').first()).toHaveText('1008022');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('1008022 · TPNS server');
  await page.waitForLoadState('networkidle');
});

test('the theme menu', async ({ page }) => {
  await page.goto(sitePath('/'));
  await page.getByRole('combobox', { name: 'Select theme' }).selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('with the Clipboard API', async ({ page }) => {
    await page.goto(sitePath('/huawei/server/80300007/'));
    for (const [name, done] of [['Copy link', 'Link copied'], ['Copy as Markdown', 'Markdown link copied'], ['Copy as text', 'Text copied']]) {
      await page.getByRole('button', { name }).click();
      await expect(page.locator('.copy-status')).toHaveText(new RegExp(done!));
    }
  });
});

test('copy buttons without the Clipboard API (a selected text field)', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.goto(sitePath('/huawei/server/80300007/'));
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.locator('.copy-status')).not.toBeEmpty();
});

test('the policy is enforced: an injected inline script, style or handler does not run', async ({ page, violations }) => {
  await page.goto(sitePath('/huawei/server/80300007/'));
  await expectPolicyFirst(page);
  const ran = await page.evaluate(() => {
    const flags = window as unknown as Record<string, boolean>;
    const script = document.createElement('script');
    script.textContent = 'window.injectedScript = true';
    document.body.append(script);
    const handler = document.createElement('p');
    handler.setAttribute('onclick', 'window.injectedHandler = true');
    document.body.append(handler);
    handler.click();
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.append(styled);
    return { script: flags.injectedScript === true, handler: flags.injectedHandler === true, style: getComputedStyle(styled).color === 'rgb(255, 0, 0)' };
  });
  expect(ran).toEqual({ script: false, handler: false, style: false });
  await expect.poll(() => violations.filter((v) => !v.startsWith('console:')).map((v) => v.split(' ')[0]).sort())
    .toEqual(['script-src-attr', 'script-src-elem', 'style-src-attr']);
  violations.length = 0;
});
