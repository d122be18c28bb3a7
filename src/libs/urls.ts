/**
 * Every path the site makes or reads, in one place. Paths are relative to the site's base
 * path (`tpns/server/1008001/`, no leading slash): the pages put the base in front
 * (`withBase`), the files beside the pages are written at `fileOf(path)`, and the
 * not-found page reads a missing path back with `readSitePath`. Published URLs
 * (`content/published-urls.txt`) are these paths with a leading slash.
 *
 * A code's segment is its slug (libs/catalog.ts `assignSlugs`): the code itself when it is
 * URL-safe, so no path here is percent-encoded. Used in the browser too: no Node imports.
 */

/** What a code's page is named by: its catalog and its URL segment. */
export interface CodeKey {
  vendor: string;
  surface: string;
  /** The code's URL segment: the code as written unless it is not URL-safe. */
  slug: string;
}

export const homePath = '';
export const aboutPath = 'about/';
/** The lookup page; `code/?code=503` goes on to `code/503/` (the lookup box's target before the search page). */
export const lookupPath = 'code/';
export const categoriesPath = 'category/';
/** The actions (schemas/actions.ts), each with its page. */
export const actionsPath = 'action/';
/** What the categories miss: for the people who keep content/categories.yml. */
export const maintainersPath = 'maintainers/';
export const codesJsonPath = 'codes.json';
/** The JSON Schema of codes.json. */
export const codesSchemaPath = 'codes.schema.json';
/** What the search box loads first: the exact-code shards' list, the vendors' words, the categories (libs/search-manifest.ts). */
export const searchManifestPath = 'search/index.json';
/** The search page: `search/?q=…` opens with the answer to that query. */
export const searchPath = 'search/';
/** A search as a link: `search/?q=-10002&vendor=TPNS` (the filters by the names the search box shows). */
export const searchQueryPath = (query: string, filters: Record<string, string> = {}) => `${searchPath}?${new URLSearchParams({ q: query, ...filters }).toString()}`;

/** A code's page: `tpns/server/1008001/`. */
export const codePagePath = ({ vendor, surface, slug }: CodeKey) => `${vendor}/${surface}/${slug}/`;
/** A code's JSON, its item of codes.json: `tpns/server/1008001.json`. */
export const codeJsonPath = ({ vendor, surface, slug }: CodeKey) => `${vendor}/${surface}/${slug}.json`;
/**
 * Page `n` of a list too long for one page (libs/list-pages.ts): the first keeps the list's
 * own path (`tpns/server/`), the others are `tpns/server/page/2/`, `category/quota/page/2/`.
 * That is a segment deeper than a code's page (`tpns/server/page/` is the code `page`), so no
 * code, not `2` nor `page`, can be one, whatever catalog.ts makes its slug.
 */
export const listPagePath = (path: string, n: number) => (n === 1 ? path : `${path}page/${n}/`);
/** A catalog's page: `tpns/server/` (and its later pages, `listPagePath`). */
export const catalogPath = (vendor: string, surface: string, page = 1) => listPagePath(`${vendor}/${surface}/`, page);
export const vendorPath = (vendor: string) => `${vendor}/`;
/** A number in every catalog that uses it: `code/503/`, `code/-10002/`. */
export const numberPath = (number: string) => `code/${number}/`;
export const categoryPath = (slug: string, page = 1) => listPagePath(`category/${slug}/`, page);
/** Every code, every vendor, whose meanings call for an action: `action/remove-token/`. */
export const actionPath = (slug: string, page = 1) => listPagePath(`action/${slug}/`, page);
/** One shard of the exact-code index (libs/code-lookup.ts `shardFile`). */
export const codeShardPath = (file: string) => `search/codes/${file}.json`;

/**
 * Why a code's URL segment would name a file the site makes itself, or undefined. A
 * catalog's folder holds its page (`fileOf(catalogPath(…))`: `index.html`), a folder per
 * code and each code's JSON (`codeJsonPath`: `{slug}.json`), so no segment may be
 * `index.html` or end in `.json`, in any letter case (some file systems ignore it). A new
 * kind of file in a catalog's folder adds its names here.
 */
export function siteFileNamed(slug: string): string | undefined {
  if (/^index\.html$/i.test(slug)) return 'is the name of its catalog page\'s file (index.html)';
  if (/\.json$/i.test(slug)) return 'ends in ".json" like the JSON file of each code';
  return undefined;
}

/**
 * The first segments of the site's own pages and folders: a vendor's slug (`/{vendor}/`)
 * can be none of them. `_astro` and `pagefind` are Astro's and Pagefind's folders.
 */
export const SITE_FOLDERS: ReadonlySet<string> = new Set([
  ...[aboutPath, lookupPath, categoriesPath, actionsPath, maintainersPath, searchPath].map((path) => path.split('/')[0]!),
  '_astro', 'pagefind',
]);

/** Why a vendor's slug cannot be the first segment of its pages, or undefined when it can. */
export function vendorSlugProblem(slug: string): string | undefined {
  if (SITE_FOLDERS.has(slug)) return `is the site's own folder /${slug}/`;
  if (isWindowsDeviceName(slug)) return 'is a device name on Windows (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9)';
  return undefined;
}

/** A name Windows keeps for a device, with or without an extension: a copy of the site on Windows can hold no file or folder of that name. */
export const isWindowsDeviceName = (name: string) => /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/i.test(name);

/** The file a static server answers a path with: a folder's `index.html`. */
export const fileOf = (path: string) => (path === '' || path.endsWith('/') ? `${path}index.html` : path);

/** A path inside the site with the base path in front: `withBase('/errors/', 'tpns/')` is `/errors/tpns/`. */
export const withBase = (base: string, path: string) => `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;

/** What a path of the site names, as far as its shape tells. */
export type SitePathReading =
  | { kind: 'code-page'; vendor: string; surface: string; code: string }
  | { kind: 'code-json'; vendor: string; surface: string; code: string }
  | { kind: 'number'; code: string };

/**
 * Reads a path relative to the base (`huawei/server/80300099/`, `code/12345/`,
 * `tpns/server/1008001.json`): what it names, or null for any other path. The not-found
 * page uses it to explain a missing code; the removed URLs are read with it.
 */
export function readSitePath(path: string): SitePathReading | null {
  const trailing = path.endsWith('/');
  const segments = path.split('/').filter((s) => s !== '').map(decodeSegment);
  if (segments.some((s) => s === null)) return null;
  const [first, second, third] = segments as string[];
  if (segments.length === 2 && first === 'code') return { kind: 'number', code: second! };
  if (segments.length !== 3 || first === 'code') return null;
  if (!trailing && third!.endsWith('.json')) return { kind: 'code-json', vendor: first!, surface: second!, code: third!.slice(0, -'.json'.length) };
  return { kind: 'code-page', vendor: first!, surface: second!, code: third! };
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
