// Shared Playwright fixtures for the browser tests. Import `test` and `expect`
// from here, not from @playwright/test:
//
//   import { test, expect, sitePath } from './fixtures';
//   test('catalog', async ({ page }) => { await page.goto(sitePath('/tpns/server/')); ... });
//
// Every test then fails if its page requested anything from another host, got
// a 4xx/5xx response, had a request fail, or threw an uncaught script error.
// A test that means to hit a missing page says so first:
//   requests.allowStatus(404, sitePath('/no-such-page/'));
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

export type Theme = 'light' | 'dark';
export const THEMES: Theme[] = ['light', 'dark'];

/**
 * A site path written from the site root ("/tpns/server/") as a URL relative to
 * baseURL, which already ends with BASE_PATH: "tpns/server/".
 */
export function sitePath(path: string): string {
  return path.replace(/^\/+/, '');
}

export class RequestLog {
  readonly problems: string[] = [];
  readonly urls: string[] = [];
  private readonly allowed: { status: number; url: string }[] = [];

  constructor(readonly origin: string, private readonly baseURL: string) {}

  /** Accept one response status for one URL (relative to baseURL), e.g. a deliberate 404. */
  allowStatus(status: number, path: string): void {
    this.allowed.push({ status, url: new URL(path, this.baseURL).href });
  }

  onRequest(url: string): void {
    this.urls.push(url);
    const parsed = new URL(url);
    if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return;
    if (parsed.origin !== this.origin) this.problems.push(`request to another host: ${url}`);
  }

  onResponse(url: string, status: number): void {
    if (status < 400 || new URL(url).origin !== this.origin) return;
    if (this.allowed.some((a) => a.status === status && a.url === url)) return;
    this.problems.push(`HTTP ${status}: ${url}`);
  }

  onRequestFailed(url: string, error: string): void {
    // A request the page itself dropped (navigating away, an aborted prefetch) is not an error.
    if (error.includes('ERR_ABORTED')) return;
    if (new URL(url).origin !== this.origin) return; // already reported as off-host
    this.problems.push(`request failed (${error}): ${url}`);
  }

  onPageError(error: Error): void {
    this.problems.push(`uncaught error in the page: ${error.message}`);
  }
}

export const test = base.extend<{ requests: RequestLog }>({
  requests: [
    async ({ page, baseURL }, use) => {
      const log = new RequestLog(new URL(baseURL!).origin, baseURL!);
      page.on('request', (r) => log.onRequest(r.url()));
      page.on('response', (r) => log.onResponse(r.url(), r.status()));
      page.on('requestfailed', (r) => log.onRequestFailed(r.url(), r.failure()?.errorText ?? 'unknown error'));
      page.on('pageerror', (e) => log.onPageError(e));
      await use(log);
      expect(log.problems, 'requests off the host, error responses or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Open pages in a colour theme from the start, as Starlight's theme picker
 * leaves it: localStorage "starlight-theme" plus the matching colour scheme.
 * Call before page.goto().
 */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((t) => window.localStorage.setItem('starlight-theme', t), theme);
}

/**
 * axe-core's WCAG 2.x A/AA rules on the page as it is now; fails with a
 * readable list of what broke where.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const violations = results.violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => {
      const why = (n.failureSummary ?? '').split('\n').slice(1).map((l) => l.trim()).join(' ');
      return `${n.target.join(' ')}${why ? `: ${why}` : ''}`;
    });
    return `${v.id} (${v.impact}): ${v.help}\n    ${nodes.join('\n    ')}`;
  });
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}
