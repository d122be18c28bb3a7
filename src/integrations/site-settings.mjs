// Build-time settings read from the environment (documented in the README).
// BASE_PATH: the sub-path the site is served under, e.g. /errors/ (default /).
// SITE_URL: the absolute URL of the site, used for canonical links and copy buttons.
export function siteSettings(env) {
  const rawBase = (env.BASE_PATH ?? '/').trim() || '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const site = env.SITE_URL?.trim() || 'http://localhost:4321';
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://errors.example.com (got "${site}")`);
  }
  return { base, site };
}
