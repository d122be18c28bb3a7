// Smoke test of the hosted build: the home page and the not-found page load
// from this host only, in both themes, and pass axe.
import { expect, expectNoAxeViolations, sitePath, test, THEMES, useTheme } from './fixtures';

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await useTheme(page, theme);
    });

    test('home page', async ({ page, requests }) => {
      // `requests` (see fixtures.ts) fails the test on any off-host request.
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
      await expect(page.locator('h1')).toContainText(/404|not found/i);
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
    });
  });
}
