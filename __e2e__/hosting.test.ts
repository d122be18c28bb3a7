// Smoke test of the hosted build: the home page and the not-found page load
// from this host only, in both themes, and pass axe.
import { expect, expectNoAxeViolations, sitePath, test, THEMES, useTheme } from './fixtures';

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await useTheme(page, theme);
    });

    test('home page', async ({ page, requests }) => {
      const response = await page.goto(sitePath('/'));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
      expect(requests.urls.length).toBeGreaterThan(1);
    });

    test('not-found page', async ({ page, requests }) => {
      const missing = sitePath('/no-such-page-here/');
      requests.allowStatus(404, missing);
      const response = await page.goto(missing);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('h1')).toContainText('404');
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
    });
  });
}

test('search loads its index and answers, from this host', async ({ page, requests, baseURL }) => {
  await page.goto(sitePath('/'));
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill('error');
  // Pagefind answers "N results for error" or "No results for error" once its
  // WebAssembly and index are loaded: both show that search works when served.
  await expect(dialog.locator('.pagefind-ui__message')).toContainText(/results? for/i);
  const pagefind = requests.urls.filter((u) => u.startsWith(`${baseURL}pagefind/`));
  expect(pagefind.some((u) => u.endsWith('.pf_meta'))).toBe(true);
  expect(pagefind.some((u) => u.includes('wasm'))).toBe(true);
});
