/**
 * The files a site has besides its pages, made from the catalog alone: Astro renders
 * the pages, and src/build/ writes these beside them (in a build, from the catalog's
 * worker thread while Astro renders; in `astro dev`, on request). As Astro routes they
 * took about a millisecond each, a third of the build at 20,000 codes.
 *
 * - `codes.json`: every code with its meanings and their sources, and its JSON Schema,
 *   `codes.schema.json`;
 * - `{vendor}/{surface}/{code}.json`: each code's item of codes.json, and a removed
 *   code's JSON saying when it left;
 * - `code/{number}/` for a number that only one catalog uses: a small page that sends
 *   the reader on to the code's page (numbers several catalogs use get a Starlight page,
 *   pages/code/[number].astro);
 * - `search/codes/{shard}.json`: the exact-code index the search box reads, in shards
 *   of at most 100 KB (libs/code-lookup.ts), and `search/index.json`, what it loads first: the shards'
 *   list, the vendors' words and the categories (libs/search-manifest.ts).
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { CatalogEntry, Meaning } from '../schemas/catalog.ts';
import type { Surface, Vendor } from '../schemas/registry.ts';
import { shardFiles, shorten, type CodeRow } from './code-lookup.ts';
import { summaryOf } from './code-summary.ts';
import { codesJsonSchemaDocument, exportEntry, type ExportedCode } from './codes-json.ts';
import { searchManifest, type SearchManifestInput } from './search-manifest.ts';
import { pagesOf, type SitePage } from './site-pages.ts';
import { catalogLabeller } from './site-index.ts';
import { codePagePath, codeShardPath, fileOf, searchManifestPath, withBase } from './urls.ts';

export interface SiteFilesInput {
  /** The site's pages and files (libs/site-pages.ts): the kinds Astro does not render are written here. */
  pages: readonly SitePage[];
  /** The catalog's codes, in catalog order (codes.json's order). */
  entries: readonly CatalogEntry[];
  /** The vendors and surfaces, for their display names ("TPNS", "server") and the vendors' words. */
  registry: { vendors: Record<string, Pick<Vendor, 'name' | 'words'>>; surfaces: Record<string, Pick<Surface, 'name'>> };
  /** This site's categories (content/categories.yml), in file order, for the search box. */
  categories: SearchManifestInput['categories'];
  /** The base path, `/` or `/errors/`. */
  base: string;
  /** The site's origin (`https://errors.example.com`), for absolute URLs; without one, URLs are paths from the host's root. */
  site: string | undefined;
}

/** Path in the output folder (no leading slash) → file contents. */
export type SiteFiles = Map<string, string>;

export function siteFiles(input: SiteFilesInput): SiteFiles {
  return new Map(eachSiteFile(input));
}

/** The site files one at a time, so that a writer need not hold them all: `[file, contents]`. */
export function* eachSiteFile({ pages, entries, registry, categories, base, site }: SiteFilesInput): Generator<[string, string]> {
  const names = { vendor: (slug: string) => registry.vendors[slug]?.name, surface: (slug: string) => registry.surfaces[slug]?.name };
  const absolute = (path: string) => (site ? new URL(withBase(base, path), site).href : withBase(base, path));
  const codes = new Map(entries.map((entry) => [entry.id, exportEntry(entry, absolute(codePagePath(entry)))]));
  const catalogLabel = catalogLabeller(names);

  for (const page of pagesOf(pages, 'codes-json', 'codes-schema', 'code-json', 'removed-code-json', 'number-redirect')) {
    const file = fileOf(page.path);
    if (page.kind === 'codes-json') yield [file, json({ codes: [...codes.values()] })];
    else if (page.kind === 'codes-schema') yield [file, json(codesJsonSchemaDocument(absolute(page.path)))];
    else if (page.kind === 'code-json') yield [file, json(codes.get(page.entry.id))];
    else if (page.kind === 'removed-code-json') {
      const { vendor, surface, code, removed } = page.gone;
      yield [file, json({ vendor, surface, code, url: absolute(`${page.path.slice(0, -'.json'.length)}/`), removed })];
    } else {
      const code = codes.get(page.entry.id)!;
      yield [file, redirectPage(code, withBase(base, codePagePath(page.entry)), base, catalogLabel(code.vendor, code.surface))];
    }
  }

  const shards = shardFiles(entries.flatMap((entry) => codeRows(entry, catalogLabel)));
  for (const [file, rows] of shards) yield [codeShardPath(file), JSON.stringify(rows)];
  yield [searchManifestPath, JSON.stringify(searchManifest({ entries, registry, categories, shards: [...shards.keys()] }))];
}

/**
 * A code's rows in the exact-code index: the code, and each error name of its meanings
 * (a name column's, or the name a meaning starts with), with the first meaning of that
 * name: its anchor, and its own words as the result's line (not the code's summary).
 */
function codeRows(entry: CatalogEntry, catalogLabel: ReturnType<typeof catalogLabeller>): CodeRow[] {
  const row: CodeRow = {
    code: entry.code,
    path: codePagePath(entry),
    vendor: entry.vendor,
    catalog: catalogLabel(entry.vendor, entry.surface),
    meaning: shorten(summaryOf(entry)?.text ?? ''),
  };
  const named = new Map<string, Meaning>();
  for (const meaning of entry.meanings) if (meaning.name !== null && !named.has(meaning.name)) named.set(meaning.name, meaning);
  return [row, ...[...named].map(([name, meaning]) => ({ ...row, name, anchor: meaning.id, meaning: shorten(meaning.text) }))];
}

/** codes.json's layout: one space of indent. */
const json = (value: unknown) => JSON.stringify(value, null, 1);

/**
 * The redirect page's Content-Security-Policy: it has no script and no style, only its icon
 * (the site's pages have theirs, integrations/content-security-policy.ts).
 */
const REDIRECT_PAGE_POLICY = "default-src 'none'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** A number's only code, as a page that sends the reader straight on (and says where, without scripts). */
function redirectPage(code: ExportedCode, to: string, base: string, catalog: string): string {
  const title = `${code.code} · ${catalog}`;
  const description = `${code.code} is used by one catalog only: ${catalog}.`;
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { httpEquiv: 'content-security-policy', content: REDIRECT_PAGE_POLICY }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', `${title} | Push Error Codes`),
          h('meta', { name: 'description', content: description }),
          ...(code.url.startsWith('/') ? [] : [h('link', { rel: 'canonical', href: code.url })]),
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
