/**
 * What the search box loads first, in one small file (`search/index.json`, one round trip
 * before the first answer): the exact-code shards there are (so a missing one is never
 * asked for), the words each vendor goes by (the paste reader ranks the catalogs a paste
 * names first), the vendors' and surfaces' names (the filters), and the categories, so a
 * problem's name finds its page. Made from the catalog by libs/site-files.ts; read in the
 * browser too: no Node imports.
 */
import type { CatalogEntry } from '../schemas/catalog.ts';
import type { Surface, Vendor } from '../schemas/registry.ts';
import type { VendorWords } from './paste.ts';

export interface SearchManifest {
  /** Files of the exact-code index (libs/code-lookup.ts `shardFiles`), sorted: a query reads the longest its code starts with, and its parts (`shardFilesFor`). */
  shards: string[];
  /** In registry order; `words` holds the vendor's name and its declared words. */
  vendors: { slug: string; name: string; words: string[] }[];
  /** Surface slug → its name: "server", "iOS SDK". */
  surfaces: Record<string, string>;
  /** In content/categories.yml's order: this site's reading, never the vendors' words. */
  categories: ManifestCategory[];
}

export interface ManifestCategory {
  slug: string;
  name: string;
  /** One line: what its codes mean. */
  means: string;
  /** How many codes it holds. */
  codes: number;
}

export interface SearchManifestInput {
  entries: readonly Pick<CatalogEntry, 'categories'>[];
  registry: { vendors: Record<string, Pick<Vendor, 'name' | 'words'>>; surfaces: Record<string, Pick<Surface, 'name'>> };
  categories: readonly Pick<ManifestCategory, 'slug' | 'name' | 'means'>[];
  shards: readonly string[];
}

export function searchManifest({ entries, registry, categories, shards }: SearchManifestInput): SearchManifest {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const slug of entry.categories) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return {
    shards: [...shards].sort(),
    vendors: Object.entries(registry.vendors).map(([slug, { name, words = [] }]) => ({ slug, name, words: [...new Set([name, ...words])] })),
    surfaces: Object.fromEntries(Object.entries(registry.surfaces).map(([slug, { name }]) => [slug, name])),
    categories: categories.map(({ slug, name, means }) => ({ slug, name, means, codes: counts.get(slug) ?? 0 })),
  };
}

/** The vendors' words as the paste reader takes them. */
export const vendorWordsOf = (manifest: Pick<SearchManifest, 'vendors'>): VendorWords[] =>
  manifest.vendors.map(({ slug, words }) => ({ vendor: slug, words }));
