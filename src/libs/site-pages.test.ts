import { describe, expect, it } from 'vitest';
import { catalogEntry } from './__fixtures__/helpers.ts';
import { catalogRowBytes, catalogSourcesBytes, LIST_ROWS_BYTES, paginate } from './list-pages.ts';
import { siteFiles } from './site-files.ts';
import { pagesOf, publicPaths, sitePages, type SiteContent } from './site-pages.ts';
import { fileOf } from './urls.ts';
import type { CatalogGroup } from '../schemas/catalog.ts';

const group = (id: string, entries: string[]): CatalogGroup => {
  const [vendor, surface] = id.split('/') as [string, string];
  return { id, position: 0, vendor, surface, entries, tables: [] };
};

const entries = [
  catalogEntry('tpns/server/+5', ['Plus five']),
  catalogEntry('huawei/server/503', ['Busy']), catalogEntry('fcm/server/503', ['Unavailable']),
  catalogEntry('tpns/server/Other', ['Anything else']),
];
const content: SiteContent = {
  entries,
  groups: [group('tpns/server', ['tpns/server/+5', 'tpns/server/Other']), group('huawei/server', ['huawei/server/503']), group('fcm/server', ['fcm/server/503'])],
  categories: [{ slug: 'rate-limit', name: 'Rate limit', means: 'Too many requests.', fix: 'Send less often.', action: 'slow-down' }],
  removed: [{ path: '/tpns/server/99/', removed: '2026-11-01' }, { path: '/tpns/server/99.json', removed: '2026-11-01' }, { path: '/code/99/', removed: '2026-11-01' }],
};

describe('the list of pages', () => {
  const pages = sitePages(content);

  it('gives every path once', () => {
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('gives each code one page and one JSON file, and each number one page', () => {
    expect(pagesOf(pages, 'code').map((p) => p.path)).toEqual(['tpns/server/+5/', 'huawei/server/503/', 'fcm/server/503/', 'tpns/server/Other/']);
    expect(pagesOf(pages, 'code-json').map((p) => p.path)).toEqual(['tpns/server/+5.json', 'huawei/server/503.json', 'fcm/server/503.json', 'tpns/server/Other.json']);
    expect(pagesOf(pages, 'number').map((p) => [p.path, p.entries.length])).toEqual([['code/503/', 2]]);
    expect(pagesOf(pages, 'number-redirect').map((p) => p.path)).toEqual(['code/+5/']);
  });

  it('gives each of the eight actions its page, whatever the catalog holds, and one page listing them', () => {
    expect(pagesOf(pages, 'action').map((p) => p.path)).toEqual([
      'action/remove-token/', 'action/retry/', 'action/slow-down/', 'action/fix-request/', 'action/fix-credentials/',
      'action/fix-setup/', 'action/contact-vendor/', 'action/none/',
    ]);
    expect(publicPaths(pages)).toEqual(expect.arrayContaining(['/action/', '/maintainers/', '/action/remove-token/']));
  });

  it('keeps a page for each removed URL, of the kind its path names', () => {
    expect(pagesOf(pages, 'removed-code', 'removed-code-json', 'removed-number').map((p) => [p.kind, p.path])).toEqual([
      ['removed-code', 'tpns/server/99/'], ['removed-code-json', 'tpns/server/99.json'], ['removed-number', 'code/99/'],
    ]);
    expect(publicPaths(pages)).not.toContain('/tpns/server/99/');
  });

  it('writes a +-signed number used by one catalog where the published list says it is', () => {
    // Each site file is written at the file of its page's path: /code/+5/ is code/+5/index.html, never code/%2B5/.
    const files = siteFiles({ pages, entries, registry: { vendors: {}, surfaces: {} }, categories: [], base: '/', site: 'https://errors.example.com' });
    expect(publicPaths(pages)).toContain('/code/+5/');
    expect(files.has('code/+5/index.html')).toBe(true);
    const written = pagesOf(pages, 'codes-json', 'code-json', 'removed-code-json', 'number-redirect').map((p) => fileOf(p.path));
    expect(written.filter((file) => !files.has(file))).toEqual([]);
  });
});

describe('long lists in pages', () => {
  /** 300 codes of ~6 KB of words each: about 1.8 MB of rows in one catalog, every meaning in one category (its action: slow-down). */
  const words = 'The push rate of this app is too high for the channel. '.repeat(110);
  const many = Array.from({ length: 300 }, (_, i) => ({ ...catalogEntry(`tpns/server/${1000 + i}`, [words]), categories: ['rate-limit'] }))
    .map((e) => ({ ...e, meanings: e.meanings.map((m) => ({ ...m, categories: ['rate-limit'] })) }));
  // Codes named like the later pages' segment and number.
  const named = [catalogEntry('tpns/server/page', ['A word code']), catalogEntry('tpns/server/2', ['A number'])];
  const big: SiteContent = {
    ...content,
    entries: [...many, ...named],
    groups: [group('tpns/server', [...many, ...named].map((e) => e.id))],
  };
  const pages = sitePages(big);
  const catalog = pagesOf(pages, 'catalog', 'catalog-page');

  it('splits a catalog too big for one page, its first page at the catalog\'s address and the others at …/page/N/', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(3);
    expect(catalog.map((p) => [p.kind, p.path])).toEqual(catalog.map((_, i) => (i === 0 ? ['catalog', 'tpns/server/'] : ['catalog-page', `tpns/server/page/${i + 1}/`])));
    expect(catalog.every((p) => p.list.number === catalog.indexOf(p) + 1 && p.list.parts === catalog[0]!.list.parts)).toBe(true);
  });

  it('shows every row once, in order, each page within the bound', () => {
    const { parts } = catalog[0]!.list;
    expect(parts[0]!.from).toBe(0);
    parts.forEach((part, i) => expect(part.from).toBe(i === 0 ? 0 : parts[i - 1]!.to));
    expect(parts.at(-1)!.to).toBe(302);
    const byId = new Map(big.entries.map((e) => [e.id, e]));
    const categoryOf = (slug: string) => big.categories.find((c) => c.slug === slug);
    for (const { from, to } of parts) {
      const rows = big.groups[0]!.entries.slice(from, to).map((id) => catalogRowBytes(byId.get(id)!, categoryOf));
      expect(rows.reduce((a, b) => a + b, 0) + (from === 0 ? catalogSourcesBytes(big.groups[0]!) : 0)).toBeLessThanOrEqual(LIST_ROWS_BYTES);
    }
  });

  it('never gives a later page the path of a code\'s page, not even of the codes `page` and `2`', () => {
    const codePaths = new Set(pagesOf(pages, 'code').map((p) => p.path));
    expect(codePaths).toContain('tpns/server/page/');
    expect(codePaths).toContain('tpns/server/2/');
    expect(catalog.filter((p) => codePaths.has(p.path))).toEqual([]);
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('splits a category\'s and an action\'s meanings the same way, and what the categories miss', () => {
    expect(pagesOf(pages, 'category', 'category-page').map((p) => p.path).slice(0, 2)).toEqual(['category/rate-limit/', 'category/rate-limit/page/2/']);
    expect(pagesOf(pages, 'action', 'action-page').filter((p) => p.action === 'slow-down').map((p) => p.path).slice(0, 2))
      .toEqual(['action/slow-down/', 'action/slow-down/page/2/']);
    const uncategorized: SiteContent = { ...big, entries: big.entries.map((e) => ({ ...e, categories: [], meanings: e.meanings.map((m) => ({ ...m, categories: [] })) })) };
    expect(pagesOf(sitePages(uncategorized), 'maintainers', 'maintainers-page').map((p) => p.path).slice(0, 2)).toEqual(['maintainers/', 'maintainers/page/2/']);
  });

  it('publishes a list\'s first page only: which rows a later page holds changes with the sources', () => {
    expect(publicPaths(pages)).toContain('/tpns/server/');
    expect(publicPaths(pages).filter((path) => path.includes('/page/'))).toEqual(['/tpns/server/page/']);
  });

  it('keeps a list that fits on one page whole, and gives an empty list one page', () => {
    expect(pagesOf(sitePages(content), 'catalog', 'catalog-page').map((p) => [p.path, p.list.parts.length])).toEqual([
      ['tpns/server/', 1], ['huawei/server/', 1], ['fcm/server/', 1],
    ]);
    expect(paginate([], () => 1)).toEqual([{ from: 0, to: 0 }]);
    // A row over the bound stands alone; the first page counts what it shows before its rows.
    expect(paginate([1, LIST_ROWS_BYTES + 1, 1, 1], (n) => n, LIST_ROWS_BYTES - 1)).toEqual([{ from: 0, to: 1 }, { from: 1, to: 2 }, { from: 2, to: 4 }]);
  });
});
