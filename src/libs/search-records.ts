/**
 * What Pagefind indexes for each code, made from the catalog rather than scraped from
 * the built pages: the words a code page shows about the code (its summary, then each
 * source's title, and each column's name and text); its title, code and catalog for
 * the result line; its vendor, surface and categories for the search box's filters.
 * The catalog's worker (src/build/) makes them and has Pagefind index them.
 */
import type { CatalogEntry } from '../schemas/catalog.ts';
import type { Surface, Vendor } from '../schemas/registry.ts';
import { summaryOf } from './code-summary.ts';
import { catalogLabeller } from './site-index.ts';
import { codePagePath } from './urls.ts';

/** Pagefind's custom record (`index.addCustomRecord`). */
export interface SearchRecord {
  /** The code page's path from the site's root; Pagefind's `baseUrl` puts the base path in front. */
  url: string;
  content: string;
  language: 'en';
  meta: { title: string; code: string; catalog: string };
  filters: { vendor: string[]; surface: string[]; category?: string[] };
}

export interface SearchRecordsInput {
  /** The catalog's codes, in catalog order. */
  entries: readonly CatalogEntry[];
  registry: { vendors: Record<string, Pick<Vendor, 'name'>>; surfaces: Record<string, Pick<Surface, 'name'>> };
  /** A category's name (content/categories.yml), for the category filter. */
  categoryName(slug: string): string;
}

export function searchRecords({ entries, registry, categoryName }: SearchRecordsInput): SearchRecord[] {
  const vendorName = (slug: string) => registry.vendors[slug]?.name ?? slug;
  const surfaceName = (slug: string) => registry.surfaces[slug]?.name ?? slug;
  const catalogLabel = catalogLabeller({ vendor: vendorName, surface: surfaceName });
  return entries.map((entry) => {
    const catalog = catalogLabel(entry.vendor, entry.surface);
    const categories = entry.categories.map(categoryName);
    const blocks = [
      summaryOf(entry)?.text ?? '',
      ...entry.meanings.flatMap((m) => [m.source.title, ...m.columns.filter((c) => c.text !== '').flatMap((c) => [c.name, c.text])]),
    ];
    return {
      url: `/${codePagePath(entry)}`,
      content: asSentences(blocks),
      language: 'en',
      meta: { title: `${entry.code} · ${catalog}`, code: entry.code, catalog },
      filters: { vendor: [vendorName(entry.vendor)], surface: [surfaceName(entry.surface)], ...(categories.length > 0 ? { category: categories } : {}) },
    };
  });
}

/**
 * Blocks of text as one text, the way Pagefind joins a page's blocks: a block that does
 * not end a sentence gets a full stop, so an excerpt does not run a heading into the text.
 */
function asSentences(blocks: readonly string[]): string {
  return blocks.map((b) => b.trim()).filter((b) => b !== '').map((b) => (/[.!?。！？:]$/.test(b) ? b : `${b}.`)).join(' ');
}
