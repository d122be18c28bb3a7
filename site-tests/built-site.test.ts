/**
 * Tests over the built site in dist/ (`npm run build` first). Like the Rust error index's
 * tidy checks: every page and public file the list of pages gives (libs/site-pages.ts)
 * is built, and every built page is one of them; the categories' pages hold their codes;
 * Pagefind indexed each code once; codes.json is valid against the JSON Schema the site
 * publishes; and a hand-written list of URLs that tickets already point at, and the
 * published URLs and anchors, still resolve.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultContentPaths, readContent } from '../src/libs/read-content.ts';
import { parsePublishedAnchors, updatePublishedAnchors } from '../src/libs/published-anchors.ts';
import { parsePublishedUrls } from '../src/libs/published-urls.ts';
import { publicPaths, sitePages } from '../src/libs/site-pages.ts';
import { fileOf } from '../src/libs/urls.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const paths = defaultContentPaths(root);

/** The file a site URL is served from, as a static server maps it. */
function fileFor(url: string): string {
  return join(dist, fileOf(decodeURIComponent(url).replace(/^\//, '')));
}

/** Every file under a folder, relative to it, with `/` separators. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(folder, join(d.parentPath, d.name)).split(sep).join('/'));
}

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ has no site: run `npm run build` first');
});

describe('the built site is the list of pages, no more and no less', () => {
  const { catalog, categories, removed } = readContent(paths);
  const pages = sitePages({ entries: catalog.entries, groups: catalog.groups, categories, removed });

  it('every page and public file of the list is built', () => {
    expect(pages.map((p) => fileOf(p.path)).filter((file) => !existsSync(join(dist, file)))).toEqual([]);
  });

  it('every built HTML page is a page of the list, or the not-found page', () => {
    const listed = new Set(pages.map((p) => fileOf(p.path)));
    const html = filesUnder(dist).filter((file) => file.endsWith('.html'));
    expect(html.filter((file) => !listed.has(file) && file !== '404.html')).toEqual([]);
  });

  it('a page per code (the seeds\' codes are counted by hand in src/libs/seeds.test.ts)', () => {
    expect(pages.filter((p) => p.kind === 'code').length).toBe(catalog.entries.length);
    expect(catalog.entries.length).toBeGreaterThan(400);
  });

  it('the invalid-token category lists the codes that mean a dead token at each vendor, each at its meaning', () => {
    expect(categories.length).toBeGreaterThanOrEqual(10);
    const page = readFileSync(fileFor('/category/invalid-token/'), 'utf8');
    for (const id of ['huawei/server/80300007', 'fcm/server/404', 'apns/server/410', 'tpns/server/1008029']) expect(page).toContain(`/${id}/#`);
  });

  it('Pagefind indexed each code once, at its page', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(catalog.entries.length);
    const fragments = join(dist, 'pagefind/fragment');
    // A fragment is gzipped "pagefind_dcd" and the record as JSON.
    const urls = readdirSync(fragments).map((file) => JSON.parse(gunzipSync(readFileSync(join(fragments, file))).toString('utf8').slice('pagefind_dcd'.length)).url);
    expect(urls.sort()).toEqual(catalog.entries.map((e) => `/${e.id}/`).sort());
  });

  it('each code page is titled with its code and catalog', () => {
    const html = readFileSync(fileFor('/tpns/ios/-10002/'), 'utf8');
    expect(html).toContain('<title>-10002 · TPNS iOS SDK | Push Error Codes</title>');
  });
});

// Written by hand from the seeds, not from the parser: links already in tickets.
const PUBLISHED = [
  '/', '/codes.json', '/about/',
  '/tpns/', '/tpns/android/', '/tpns/ios/', '/tpns/server/',
  '/tpns/android/0/', '/tpns/android/-10005/', '/tpns/android/Other/',
  '/tpns/ios/-10002/', '/tpns/ios/-305/',
  '/tpns/server/1008001/', '/tpns/server/1008001.json', '/tpns/server/10080021/', '/tpns/server/1008021/',
  '/tpns/server/10010012/', '/tpns/server/10030002/',
  '/xgpush/server/0/', '/xgpush/server/-111/', '/xgpush/server/Others/',
  '/timpush/server/90001/', '/timpush/server/91000/', '/timpush/client/800016/', '/timpush/client/6014/',
  '/xiaomi/server/-1/', '/xiaomi/server/66303/', '/xiaomi/server/200002/',
  '/huawei/', '/huawei/server/80300007/', '/huawei/server/907135701/', '/huawei/server/503/', '/huawei/server/-5/',
  '/oppo/server/-2/', '/oppo/server/67/',
  '/vivo/server/10061/', '/vivo/server/10808/',
  '/meizu/server/110010/', '/meizu/server/110000/',
  '/honor/server/80300007/', '/honor/server/503/',
  '/fcm/server/404/', '/fcm/server/503/',
  '/apns/server/', '/apns/server/403/', '/apns/server/410/',
  '/code/503/', '/code/-10002/', '/code/80300007/', '/code/0/',
  '/category/', '/category/invalid-token/', '/category/authentication/', '/category/rate-limit/',
  '/category/invalid-parameter/', '/category/payload/', '/category/certificate/', '/category/network/',
  '/category/service-unavailable/', '/category/content-review/', '/category/success/',
];

describe('hand-written URLs', () => {
  it.each(PUBLISHED)('%s exists', (url) => {
    expect(existsSync(fileFor(url)), `${url} → ${fileFor(url)}`).toBe(true);
  });
});

describe('published URLs never break (content/published-urls.txt)', () => {
  const published = parsePublishedUrls(readFileSync(join(root, paths.published), 'utf8')).urls;

  it('every published URL is still produced, removed codes included', () => {
    const missing = published.map((u) => u.path).filter((path) => !existsSync(fileFor(path)));
    expect(missing, 'a build no longer produces these: restore them, or run `npm run urls:update` to date a removed code').toEqual([]);
  });

  it('a removed code says when it was removed', () => {
    for (const { path, removed } of published.filter((u) => u.removed && u.path.endsWith('/'))) {
      expect(readFileSync(fileFor(path), 'utf8')).toContain(`removed from the source on ${removed}`);
    }
  });

  it('the list holds every URL the site has now', () => {
    const { catalog, categories, removed } = readContent(paths);
    const listed = new Set(published.map((u) => u.path));
    const current = publicPaths(sitePages({ entries: catalog.entries, groups: catalog.groups, categories, removed }));
    const unlisted = current.filter((path) => !listed.has(path));
    expect(unlisted, 'new URLs: run `npm run urls:update` and commit content/published-urls.txt').toEqual([]);
  });
});

describe('codes.json follows the JSON Schema the site publishes (/codes.schema.json)', () => {
  const schema = () => JSON.parse(readFileSync(join(dist, 'codes.schema.json'), 'utf8'));
  const codes = () => JSON.parse(readFileSync(join(dist, 'codes.json'), 'utf8'));
  const validator = () => new Ajv2020({ allErrors: true, strict: true }).compile(schema());

  it('the built codes.json is valid against it', () => {
    const validate = validator();
    expect(validate(codes()), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
  });

  it('a codes.json of another shape is not: a name that is not text, a field the schema does not list', () => {
    const validate = validator();
    const wrongName = codes();
    wrongName.codes[0].meanings[0].name = 3;
    expect(validate(wrongName)).toBe(false);
    const extraField = codes();
    extraField.codes[0].meanings[0].aliases = [];
    expect(validate(extraField)).toBe(false);
  });

  it('each meaning carries its error name and each column its role', () => {
    const apns403 = codes().codes.find((c: { vendor: string; code: string }) => c.vendor === 'apns' && c.code === '403');
    expect(apns403.meanings.map((m: { name: string | null }) => m.name))
      .toEqual(['BadCertificate', 'BadCertificateEnvironment', 'ExpiredProviderToken', 'InvalidProviderToken']);
    expect(apns403.meanings[0].columns).toEqual([expect.objectContaining({ key: 'description', role: 'description', name: 'Description' })]);
    expect(schema().$id).toMatch(/\/codes\.schema\.json$/);
  });
});

describe('published anchors never break (content/published-anchors.txt)', () => {
  const { anchors } = parsePublishedAnchors(readFileSync(join(root, paths.anchors), 'utf8'), paths.anchors);

  it('every published anchor lands on its meaning\'s card in the built page', () => {
    const lost = anchors.filter(({ path, anchor, target }) => {
      const html = readFileSync(fileFor(path), 'utf8');
      // The card is the meaning's anchor; its earlier anchors are empty elements at the top of it.
      const card = new RegExp(`<article class="meaning-card" id="${target ?? anchor}"[^>]*>((?:<span id="[^"]*" class="anchor-alias"></span>)*)`).exec(html);
      return !card || (target !== undefined && !card[1]!.includes(`id="${anchor}"`));
    });
    expect(anchors.length).toBeGreaterThan(900);
    expect(lost.map((a) => `${a.path}#${a.anchor}`), 'these anchors reach no meaning').toEqual([]);
  });

  it('the list holds every anchor the site has now', () => {
    const { catalog } = readContent(paths);
    expect(updatePublishedAnchors(anchors, catalog.entries).added, 'new anchors: run `npm run urls:update` and commit content/published-anchors.txt').toEqual([]);
  });
});
