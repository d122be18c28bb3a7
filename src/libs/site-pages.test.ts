import { describe, expect, it } from 'vitest';
import { catalogEntry } from './__fixtures__/helpers.ts';
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
  categories: [{ slug: 'rate-limit' }],
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
