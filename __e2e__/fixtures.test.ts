// Proves the `requests` fixture catches what it is for. Each test provokes one
// problem, checks it was recorded, then clears the log so the fixture's own
// end-of-test check passes.
import { expect, sitePath, test } from './fixtures';

test.describe('the requests fixture', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(sitePath('/404.html'), { waitUntil: 'networkidle' }).catch(() => {});
  });

  test('records a request to another host', async ({ page, requests }) => {
    requests.problems.splice(0);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://cdn.example.invalid/logo.png';
      img.alt = '';
      document.body.append(img);
    });
    await expect.poll(() => requests.problems).toContain('request to another host: https://cdn.example.invalid/logo.png');
    requests.problems.splice(0);
  });

  test('records an error response', async ({ page, requests, baseURL }) => {
    requests.problems.splice(0);
    await page.evaluate((url) => fetch(url).catch(() => {}), `${baseURL}no-such-file.js`);
    await expect.poll(() => requests.problems).toContain(`HTTP 404: ${baseURL}no-such-file.js`);
    requests.problems.splice(0);
  });

  test('records an uncaught error in the page', async ({ page, requests }) => {
    requests.problems.splice(0);
    await page.evaluate(() => setTimeout(() => { throw new Error('boom'); }));
    await expect.poll(() => requests.problems).toContain('uncaught error in the page: boom');
    requests.problems.splice(0);
  });
});
