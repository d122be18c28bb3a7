/**
 * Build-time settings read from the environment (documented in the README). Every tool
 * that needs them (astro.config.mjs, the content config, the site checks, Playwright, the
 * server and the bundle) reads them through `siteSettings`, so they agree.
 *
 * - BASE_PATH: the sub-path the site is served under, e.g. /errors/ (default /). Leading
 *   and trailing slashes are optional: `errors`, `/errors` and `/errors/` all give `/errors/`.
 * - SITE_URL: the public origin of the site (https://errors.example.com), for canonical links,
 *   codes.json's URLs and the sitemap; a path in it must be the BASE_PATH itself
 *   (https://example.com/errors/ with BASE_PATH=/errors/). Unset, the build invents no
 *   origin: those links are paths, and a link copied from a page is the address it is served at.
 * - CONTENT_DIR: the content folder to build from (default content); the browser tests
 *   build their fixture sites with it.
 */

export interface SiteSettings {
  /** Starts and ends with `/`. */
  base: string;
  /** An origin without a trailing slash; undefined when SITE_URL is not set. */
  site: string | undefined;
  /** Relative to the project. */
  contentDir: string;
}

/** @param env usually process.env */
export function siteSettings(env: Record<string, string | undefined>): SiteSettings {
  const base = normalizeBase(env.BASE_PATH);
  const site = normalizeSite(env.SITE_URL, base);
  const contentDir = normalizeContentDir(env.CONTENT_DIR);
  return { base, site, contentDir };
}

/** CONTENT_DIR: the content folder to build from, relative to the project (default `content`). */
export function normalizeContentDir(raw: string | undefined): string {
  const value = (raw ?? '').trim().replace(/\/+$/, '') || 'content';
  if (value.startsWith('/') || value.split('/').includes('..')) {
    throw new Error(`CONTENT_DIR must be a folder inside the project, such as content (got "${value}")`);
  }
  return value;
}

export function normalizeBase(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
    throw new Error(
      `BASE_PATH must be a path such as /errors/, not a URL (got "${value}"); put the host in SITE_URL`,
    );
  }
  const segments = value.split('/').filter((s) => s !== '');
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || /[\s?#%\\]/.test(segment)) {
      throw new Error(
        `BASE_PATH must be plain path segments such as /errors/ or /docs/push/ (got "${value}")`,
      );
    }
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

export function normalizeSite(raw: string | undefined, base: string): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://errors.example.com (got "${value}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must start with http:// or https:// (got "${value}")`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be just scheme, host and port, such as https://errors.example.com (got "${value}")`);
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (path !== '/' && path !== base) {
    throw new Error(
      `SITE_URL has the path "${url.pathname}" but BASE_PATH is "${base}": give SITE_URL without a path and the sub-path in BASE_PATH`,
    );
  }
  return url.origin;
}
