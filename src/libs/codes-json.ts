/**
 * `codes.json` and each `/{vendor}/{surface}/{code}.json`: the catalog for tools and
 * scripts. One item per code: the code, its page's URL, the meaning the page leads with,
 * and every meaning with its source (see the README, "codes.json").
 */
import type { CatalogEntry } from '../schemas/catalog.ts';
import { headlineOf } from './site-index.ts';

/** The object `codes.json` and `/{vendor}/{surface}/{code}.json` hold for a code. */
export type ExportedCode = ReturnType<typeof exportEntry>;

export function exportEntry(entry: CatalogEntry, absoluteUrl: string) {
  const { vendor, surface, code, numeric, likelySameAs, categories, actions } = entry;
  const meanings = entry.meanings.map(({ pinned, ...meaning }) => meaning);
  return { vendor, surface, code, url: absoluteUrl, summary: headlineOf(entry)?.text ?? null, numeric, likelySameAs, categories, actions, meanings };
}
