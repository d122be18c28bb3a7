/**
 * A big catalog keeps every page under 1 MB and every exact-code shard under 100 KB.
 * Builds the real content plus one generated source of 6,000 TPNS server codes (one
 * catalog page was 33 MB at 100,000 codes; this one would be about 4 MB on one page)
 * into a temporary folder (build-content.ts), then reads the built files: the catalog, a
 * category and an action paginate, every code is on exactly one page of its catalog,
 * every page links the others, and the codes `page` and `2` keep their own pages.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_MAX_BYTES } from '../src/libs/list-pages.ts';
import { SHARD_MAX_BYTES } from '../src/libs/code-lookup.ts';
import { checkHtml } from '../scripts/site-checks/html.mjs';
import { checkLinks } from '../scripts/site-checks/links.mjs';
import { buildWithSources, type ContentBuild } from './build-content.ts';

const CODES = 6000;
/** What the generated rows say, in turn: words the categories read as a parameter (two in five), a token, a rate limit, a certificate. */
const MEANINGS = [
  ['The request parameter number {n} is invalid: check its type and length against the API reference.', 'Correct the parameter and send again.'],
  ['The device token is invalid or has expired (case {n}), so the message cannot reach the device.', 'Remove the token and wait for the app to register again.'],
  ['The parameter list of request {n} is too long for this interface: send fewer items at once.', 'Split the request.'],
  ['Pushes are too frequent: the daily limit of {n} messages for this app was exceeded.', 'Send less often, or ask for a larger quota.'],
  ['The push certificate {n} could not be verified: it is for another environment.', 'Upload the certificate again in the console.'],
];

function bigSource(): string {
  const rows = Array.from({ length: CODES }, (_, i) => {
    const [meaning, solution] = MEANINGS[i % MEANINGS.length]!;
    return `| ${3_000_000 + 3 * i} | ${meaning!.replace('{n}', String(i))} | ${i % 2 === 0 ? solution : ''} |`;
  });
  return [
    '---',
    'title: A big TPNS server catalog (generated for the page-size test)',
    'url: https://example.com/big-catalog',
    'tables:',
    '  - vendor: tpns',
    '    surface: server',
    '---',
    '',
    '| Error Code | Description | Solution |',
    '| --- | --- | --- |',
    ...rows,
    // Codes named like the later pages' segment and number: their own pages, never a list's.
    '| page | A word code named like the later pages\' segment. | |',
    '| 2 | A code named like a page number. | |',
    '',
  ].join('\n');
}

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));
}

let build: ContentBuild | undefined;
let outDir = '';
const html = (path: string) => readFileSync(join(outDir, path), 'utf8');
/** The later pages of a list, in order: `tpns/server/page/2/index.html`… */
const laterPages = (list: string) => filesUnder(join(outDir, list, 'page')).filter((f) => /^\d+\/index\.html$/.test(f))
  .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10)).map((f) => `${list}/page/${f}`);

beforeAll(() => {
  build = buildWithSources({ 'big-catalog.md': bigSource() });
  if (!build.ok) throw new Error(`the build failed:\n${build.output.slice(-3000)}`);
  outDir = build.outDir;
}, 300_000);

afterAll(() => build?.remove());

describe('a catalog of 6,000 codes', () => {
  it('has no HTML page over 1 MB', () => {
    const pages = filesUnder(outDir).filter((f) => f.endsWith('.html')).map((f) => ({ f, bytes: statSync(join(outDir, f)).size }));
    expect(pages.length).toBeGreaterThan(CODES);
    const largest = pages.sort((a, b) => b.bytes - a.bytes).slice(0, 3);
    expect(largest[0]!.bytes, `largest pages: ${largest.map((p) => `${p.f} ${p.bytes}`).join(', ')}`).toBeLessThanOrEqual(PAGE_MAX_BYTES);
  });

  it('has no exact-code shard over 100 KB, and lists each in the search manifest', () => {
    const shards = filesUnder(join(outDir, 'search/codes'));
    const largest = Math.max(...shards.map((f) => statSync(join(outDir, 'search/codes', f)).size));
    expect(largest).toBeLessThanOrEqual(SHARD_MAX_BYTES);
    // The 6,000 codes of 30… were one shard of about 1.5 MB.
    expect(shards.filter((f) => f.startsWith('30')).length).toBeGreaterThan(10);
    const manifest = JSON.parse(html('search/index.json')) as { shards: string[] };
    expect(manifest.shards.map((s) => `${s}.json`).sort()).toEqual([...shards].sort());
  });

  it('shows every code of the catalog once, on the pages of its catalog, page 1 at the catalog\'s own address', () => {
    const pages = ['tpns/server/index.html', ...laterPages('tpns/server')];
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const listed = pages.flatMap((page) => [...html(page).matchAll(/<tr><td><a href="\/tpns\/server\/([^/"]+)\/">/g)].map((m) => m[1]));
    const codes = (JSON.parse(html('codes.json')) as { codes: { vendor: string; surface: string; code: string }[] }).codes
      .filter((c) => c.vendor === 'tpns' && c.surface === 'server').map((c) => c.code);
    expect(codes.length).toBeGreaterThan(CODES);
    expect(listed.sort()).toEqual(codes.sort());
  });

  it('links each page of a list to every other, and on to the next', () => {
    for (const list of ['tpns/server', 'category/invalid-parameter', 'action/fix-request']) {
      const pages = [`${list}/index.html`, ...laterPages(list)];
      expect(pages.length, list).toBeGreaterThanOrEqual(2);
      const urls = pages.map((_, i) => (i === 0 ? `/${list}/` : `/${list}/page/${i + 1}/`));
      pages.forEach((page, i) => {
        const text = html(page);
        const nav = /<nav class="list-pages"[^]*?<\/nav>/.exec(text)?.[0] ?? '';
        expect(nav, page).toContain(`Page ${i + 1} of ${pages.length}`);
        for (const [j, url] of urls.entries()) if (j !== i) expect(nav, `${page} → ${url}`).toContain(`href="${url}"`);
        if (i + 1 < pages.length) expect(text, page).toContain(`<a href="${urls[i + 1]}">Next page`);
      });
    }
  });

  it('keeps the codes `page` and `2` on their own pages beside the catalog\'s later pages', () => {
    expect(html('tpns/server/page/index.html')).toContain('<title>page · TPNS server');
    expect(html('tpns/server/2/index.html')).toContain('<title>2 · TPNS server');
    expect(html('tpns/server/page/2/index.html')).toMatch(/<title>TPNS server error codes, page 2 of \d+/);
  });

  it('has pages whose links all resolve and whose HTML is valid', async () => {
    const links = checkLinks({ dist: outDir, base: '/', site: undefined });
    expect(links.failures).toEqual([]);
    // html-validate takes 20 ms a page: the list pages only, copied apart.
    const lists = mkdtempSync(join(tmpdir(), 'big-catalog-lists-'));
    try {
      for (const list of ['tpns/server', 'category/invalid-parameter', 'action/fix-request']) {
        for (const page of [`${list}/index.html`, ...laterPages(list).slice(0, 1)]) {
          mkdirSync(join(lists, page, '..'), { recursive: true });
          cpSync(join(outDir, page), join(lists, page));
        }
      }
      expect((await checkHtml({ dist: lists })).failures).toEqual([]);
    } finally {
      rmSync(lists, { recursive: true, force: true });
    }
  }, 60_000);
});
