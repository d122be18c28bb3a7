/**
 * The files a site has one of per code, split from codes.json after the build
 * (integrations/code-files.ts writes them): `{vendor}/{surface}/{code}.json`, each the
 * code's codes.json item by construction, and `code/{number}/` for a number that only
 * one catalog uses, a small page that sends the reader on to the code's page.
 * Numbers several catalogs use get a Starlight page (pages/code/[number].astro).
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { codePagePath, type RemovedUrl } from './published-urls.ts';
import type { ExportedCode } from './site-index.ts';

export interface CodeFilesInput {
  /** codes.json's `codes`. */
  codes: readonly ExportedCode[];
  /** Published paths whose code has left the sources: a JSON one keeps its file, saying when. */
  removed: readonly RemovedUrl[];
  /** The base path, `/` or `/errors/`. */
  base: string;
  /** The site's origin, for absolute URLs: `https://errors.example.com`. */
  site: string;
  /** "TPNS server". */
  catalogLabel(vendor: string, surface: string): string;
}

/** Path in the output folder (no leading slash) → file contents. */
export type SiteFiles = Map<string, string>;

export function codeFiles({ codes, removed, base, site, catalogLabel }: CodeFilesInput): SiteFiles {
  const files: SiteFiles = new Map();
  for (const code of codes) files.set(`${sitePath(code.url, base).slice(1, -1)}.json`, json(code));

  for (const { path, removed: date } of removed) {
    const pagePath = `${path.slice(0, -'.json'.length)}/`;
    const page = path.endsWith('.json') ? codePagePath(pagePath) : null;
    if (page) files.set(path.slice(1), json({ ...page, url: new URL(`${base}${pagePath.slice(1)}`, site).href, removed: date }));
  }

  const catalogs = new Map<string, ExportedCode[]>();
  for (const code of codes.filter((c) => c.numeric)) catalogs.set(code.code, [...(catalogs.get(code.code) ?? []), code]);
  for (const [number, [only, ...others]] of catalogs) {
    if (!only || others.length > 0) continue;
    files.set(`code/${encodeURIComponent(number)}/index.html`, redirectPage(only, base, catalogLabel(only.vendor, only.surface)));
  }
  return files;
}

/** The same layout as the codes.json route: one space of indent. */
const json = (value: unknown) => JSON.stringify(value, null, 1);

/** `https://host/errors/tpns/server/1/` → `/tpns/server/1/` (relative to the base). */
function sitePath(url: string, base: string): string {
  const { pathname } = new URL(url);
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/** A number's only code, as a page that sends the reader straight on (and says where, without scripts). */
function redirectPage(code: ExportedCode, base: string, catalog: string): string {
  const to = new URL(code.url).pathname;
  const title = `${code.code} · ${catalog}`;
  const description = `${code.code} is used by one catalog only: ${catalog}.`;
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', `${title} | Push Error Codes`),
          h('meta', { name: 'description', content: description }),
          h('link', { rel: 'canonical', href: code.url }),
          h('link', { rel: 'icon', href: `${base}favicon.svg`, type: 'image/svg+xml' }),
          h('meta', { httpEquiv: 'refresh', content: `0; url=${to}` }),
        ]),
        h('body', [
          h('main', [
            h('h1', title),
            h('p', description),
            h('p', [h('a', { href: to }, `${title}: ${code.summary ?? 'no description in the source'}`)]),
          ]),
        ]),
      ]),
    ],
  };
  return toHtml(tree, { upperDoctype: true });
}
