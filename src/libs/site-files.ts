/**
 * The files a site has besides its pages, made from the catalog alone: Astro renders
 * the pages, and integrations/site-files.ts writes these beside them (in a build, from a
 * worker thread while Astro renders; in `astro dev`, on request). As Astro routes they
 * took about a millisecond each, a third of the build at 20,000 codes.
 *
 * - `codes.json`: every code with its meanings and their sources;
 * - `{vendor}/{surface}/{code}.json`: each code's item of codes.json, and a removed
 *   code's JSON saying when it left;
 * - `code/{number}/` for a number that only one catalog uses: a small page that sends
 *   the reader on to the code's page (numbers several catalogs use get a Starlight page,
 *   pages/code/[number].astro);
 * - `search/codes/{shard}.json` and their list, `search/codes/index.json`: the
 *   exact-code index the search box reads (libs/code-lookup.ts).
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { CatalogEntry } from '../schemas/catalog.ts';
import type { Surface, Vendor } from '../schemas/registry.ts';
import { groupIntoShards, leadingErrorName, shardFile, shorten, type CodeRow } from './code-lookup.ts';
import { codePagePath, type RemovedUrl } from './published-urls.ts';
import { catalogLabeller, codePath, exportEntry, headlineOf, type ExportedCode } from './site-index.ts';

export interface SiteFilesInput {
  /** The catalog's codes, in catalog order (codes.json's order). */
  entries: readonly CatalogEntry[];
  /** The vendors and surfaces, for their display names: "TPNS", "server". */
  registry: { vendors: Record<string, Pick<Vendor, 'name'>>; surfaces: Record<string, Pick<Surface, 'name'>> };
  /** Published paths whose code has left the sources: a JSON one keeps its file, saying when. */
  removed: readonly RemovedUrl[];
  /** The base path, `/` or `/errors/`. */
  base: string;
  /** The site's origin, for absolute URLs: `https://errors.example.com`. */
  site: string;
}

/** Path in the output folder (no leading slash) → file contents. */
export type SiteFiles = Map<string, string>;

export function siteFiles(input: SiteFilesInput): SiteFiles {
  return new Map(eachSiteFile(input));
}

/** The site files one at a time, so that a writer need not hold them all: `[path, contents]`. */
export function* eachSiteFile({ entries, registry, removed, base, site }: SiteFilesInput): Generator<[string, string]> {
  const names = { vendor: (slug: string) => registry.vendors[slug]?.name, surface: (slug: string) => registry.surfaces[slug]?.name };
  const codes = entries.map((entry) => exportEntry(entry, new URL(`${base}${codePath(entry)}`, site).href));
  yield ['codes.json', json({ codes })];
  for (const [i, entry] of entries.entries()) yield [`${entry.id}.json`, json(codes[i])];

  for (const { path, removed: date } of removed) {
    const pagePath = `${path.slice(0, -'.json'.length)}/`;
    const page = path.endsWith('.json') ? codePagePath(pagePath) : null;
    if (page) yield [path.slice(1), json({ ...page, url: new URL(`${base}${pagePath.slice(1)}`, site).href, removed: date })];
  }

  const catalogLabel = catalogLabeller(names);
  const catalogs = new Map<string, ExportedCode[]>();
  for (const code of codes.filter((c) => c.numeric)) catalogs.set(code.code, [...(catalogs.get(code.code) ?? []), code]);
  for (const [number, [only, ...others]] of catalogs) {
    if (only && others.length === 0) yield [`code/${encodeURIComponent(number)}/index.html`, redirectPage(only, base, catalogLabel(only.vendor, only.surface))];
  }

  const shards = [...groupIntoShards(entries.flatMap((entry) => codeRows(entry, names)))].map(([key, rows]) => [shardFile(key), rows] as const);
  for (const [file, rows] of shards) yield [`search/codes/${file}.json`, JSON.stringify(rows)];
  yield ['search/codes/index.json', JSON.stringify(shards.map(([file]) => file).sort())];
}

/** A code's rows in the exact-code index: the code, and each error name its meanings start with. */
function codeRows(entry: CatalogEntry, names: Parameters<typeof catalogLabeller>[0]): CodeRow[] {
  const row: CodeRow = {
    code: entry.code,
    path: codePath(entry),
    vendor: names.vendor(entry.vendor) ?? entry.vendor,
    surface: names.surface(entry.surface) ?? entry.surface,
    meaning: shorten(headlineOf(entry)?.text ?? ''),
  };
  const errorNames = new Set(entry.meanings.map((m) => leadingErrorName(m.text)).filter((n) => n !== undefined));
  return [row, ...[...errorNames].map((name) => ({ ...row, name }))];
}

/** codes.json's layout: one space of indent. */
const json = (value: unknown) => JSON.stringify(value, null, 1);

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
