import { describe, expect, it } from 'vitest';
import { siteFiles, type SiteFilesInput } from './site-files.ts';
import { sitePages } from './site-pages.ts';
import type { RemovedUrl } from './published-urls.ts';
import type { CatalogEntry, CatalogGroup } from '../schemas/catalog.ts';
import { catalogEntry } from './__fixtures__/helpers.ts';

const registry: SiteFilesInput['registry'] = {
  vendors: { tpns: { name: 'TPNS', words: ['TPush', 'XINGE'] }, huawei: { name: 'Huawei', words: ['HMS', 'Huawei'] }, fcm: { name: 'FCM' } },
  surfaces: { server: { name: 'server' } },
};

/** The site files' input for these codes: their catalogs, no categories, and these removed URLs. */
function input(entries: CatalogEntry[], { removed = [], ...more }: Partial<SiteFilesInput> & { removed?: RemovedUrl[] } = {}): SiteFilesInput {
  const groups = new Map<string, CatalogGroup>();
  for (const e of entries) {
    const id = `${e.vendor}/${e.surface}`;
    if (!groups.has(id)) groups.set(id, { id, position: groups.size, vendor: e.vendor, surface: e.surface, entries: [], tables: [] });
    groups.get(id)!.entries.push(e.id);
  }
  const pages = sitePages({ entries, groups: [...groups.values()], categories: [], removed });
  return { pages, entries, base: '/', site: 'https://errors.example.com', registry, categories: [], ...more };
}

const json = (files: Map<string, string>, path: string) => JSON.parse(files.get(path)!);

describe('site files', () => {
  it('writes codes.json with every code in catalog order, and gives each code its own item of it', () => {
    const files = siteFiles(input([
      catalogEntry('tpns/server/1008001', ['Parameter parse error']), catalogEntry('fcm/server/UNREGISTERED', ['UNREGISTERED. The token is gone']),
    ]));
    const { codes } = json(files, 'codes.json');
    expect(codes.map((c: { url: string }) => c.url)).toEqual([
      'https://errors.example.com/tpns/server/1008001/', 'https://errors.example.com/fcm/server/UNREGISTERED/',
    ]);
    expect(codes[0]).toMatchObject({ vendor: 'tpns', surface: 'server', code: '1008001', summary: 'Parameter parse error', numeric: true });
    expect(json(files, 'tpns/server/1008001.json')).toEqual(codes[0]);
    expect(json(files, 'fcm/server/UNREGISTERED.json')).toEqual(codes[1]);
  });

  it('sends a number one catalog uses to its code, and leaves numbers several use to their own page', () => {
    const files = siteFiles(input([
      catalogEntry('tpns/server/1008001', ['Parameter parse error']),
      catalogEntry('huawei/server/503', ['busy']), catalogEntry('fcm/server/503', ['unavailable']),
      catalogEntry('fcm/server/UNREGISTERED', ['gone']),
    ]));
    expect([...files.keys()].filter((path) => path.startsWith('code/'))).toEqual(['code/1008001/index.html']);
    const page = files.get('code/1008001/index.html')!;
    // Its policy first, before anything it could govern (a quote is written &#x27;).
    expect(page.replaceAll('&#x27;', "'")).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'none'; img-src 'self'; base-uri 'none'; form-action 'none'">/);
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/tpns/server/1008001/">');
    expect(page).toContain('<link rel="canonical" href="https://errors.example.com/tpns/server/1008001/">');
    expect(page).toContain('<h1>1008001 · TPNS server</h1>');
    expect(page).toContain('<a href="/tpns/server/1008001/">1008001 · TPNS server: Parameter parse error</a>');
  });

  it('keeps the base path in every path it writes and links', () => {
    const files = siteFiles(input([catalogEntry('tpns/server/-10002', [''])], { base: '/errors/' }));
    expect([...files.keys()].sort()).toEqual([
      'code/-10002/index.html', 'codes.json', 'codes.schema.json', 'search/codes/10.json', 'search/index.json', 'tpns/server/-10002.json',
    ]);
    expect(json(files, 'codes.json').codes[0].url).toBe('https://errors.example.com/errors/tpns/server/-10002/');
    expect(json(files, 'codes.schema.json').$id).toBe('https://errors.example.com/errors/codes.schema.json');
    const page = files.get('code/-10002/index.html')!;
    expect(page).toContain('url=/errors/tpns/server/-10002/');
    expect(page).toContain('href="/errors/favicon.svg"');
    expect(page).toContain('-10002 · TPNS server: no description in the source');
  });

  it('escapes what the sources say', () => {
    const page = siteFiles(input([catalogEntry('tpns/server/1', ['<script>alert(1)</script> & "x"'])])).get('code/1/index.html')!;
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; "x"');
  });

  it('keeps a removed code\'s JSON, saying when it left', () => {
    const files = siteFiles(input([], {
      base: '/errors/',
      removed: [{ path: '/tpns/server/99.json', removed: '2026-11-01' }, { path: '/tpns/server/99/', removed: '2026-11-01' }],
    }));
    expect([...files.keys()].sort()).toEqual(['codes.json', 'codes.schema.json', 'search/index.json', 'tpns/server/99.json']);
    expect(json(files, 'tpns/server/99.json')).toEqual({
      vendor: 'tpns', surface: 'server', code: '99', url: 'https://errors.example.com/errors/tpns/server/99/', removed: '2026-11-01',
    });
  });

  it('shards the exact-code index by the first two characters, sign dropped, and lists the shards', () => {
    const files = siteFiles(input([
      catalogEntry('tpns/server/-10002', ['Token expired']), catalogEntry('tpns/server/10003', ['x']),
      catalogEntry('huawei/server/503', ['busy']), catalogEntry('fcm/server/UNREGISTERED', ['UNREGISTERED. The token is gone']),
    ]));
    expect(json(files, 'search/index.json').shards).toEqual(['10', '50', 'un']);
    // The paste reader's rows: the vendor's slug and the catalog's label.
    expect(json(files, 'search/codes/10.json')).toEqual([
      { code: '-10002', path: 'tpns/server/-10002/', vendor: 'tpns', catalog: 'TPNS server', meaning: 'Token expired' },
      { code: '10003', path: 'tpns/server/10003/', vendor: 'tpns', catalog: 'TPNS server', meaning: 'x' },
    ]);
    // A meaning's error name finds its code by that name too, with the meaning's anchor.
    expect(json(files, 'search/codes/un.json').map((row: { name?: string; anchor?: string }) => [row.name, row.anchor])).toEqual([
      [undefined, undefined], ['UNREGISTERED', 'src-l1'],
    ]);
  });

  it('tells the search box what it loads first: the vendors\' words with their names, the surfaces, the categories and their counts', () => {
    const tokenGone = { ...catalogEntry('fcm/server/UNREGISTERED', ['UNREGISTERED. The token is gone']), categories: ['invalid-token'] };
    const files = siteFiles(input([catalogEntry('tpns/server/1', ['x']), tokenGone], {
      categories: [
        { slug: 'invalid-token', name: 'Invalid or expired token', means: 'The token no longer reaches a device.' },
        { slug: 'rate-limit', name: 'Rate limit and quota', means: 'Too many messages.' },
      ],
    }));
    expect(json(files, 'search/index.json')).toEqual({
      shards: ['1', 'un'],
      vendors: [
        { slug: 'tpns', name: 'TPNS', words: ['TPNS', 'TPush', 'XINGE'] },
        { slug: 'huawei', name: 'Huawei', words: ['Huawei', 'HMS'] },
        { slug: 'fcm', name: 'FCM', words: ['FCM'] },
      ],
      surfaces: { server: 'server' },
      categories: [
        { slug: 'invalid-token', name: 'Invalid or expired token', means: 'The token no longer reaches a device.', codes: 1 },
        { slug: 'rate-limit', name: 'Rate limit and quota', means: 'Too many messages.', codes: 0 },
      ],
    });
  });
});
