/**
 * Catalog → what the pages need to link codes together, built once per build:
 * which catalogs use a number, and each code's neighbours in its catalog. Pages look
 * things up here instead of scanning the catalog.
 */
import type { CatalogEntry, CatalogGroup, Meaning } from '../schemas/catalog.ts';

export interface Neighbours {
  previous?: CatalogEntry | undefined;
  next?: CatalogEntry | undefined;
}

export interface SiteIndex {
  entries: readonly CatalogEntry[];
  byId: ReadonlyMap<string, CatalogEntry>;
  /** Every code as written → the entries of every catalog that uses it, in catalog order. */
  byCode: ReadonlyMap<string, readonly CatalogEntry[]>;
  neighbours(entry: CatalogEntry): Neighbours;
  /** The other catalogs' entries with this entry's code. */
  sameCodeElsewhere(entry: CatalogEntry): readonly CatalogEntry[];
}

export function buildSiteIndex(entries: readonly CatalogEntry[], groups: readonly CatalogGroup[]): SiteIndex {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byCode = new Map<string, CatalogEntry[]>();
  for (const entry of entries) byCode.set(entry.code, [...(byCode.get(entry.code) ?? []), entry]);

  const neighbours = new Map<string, Neighbours>();
  for (const group of groups) {
    group.entries.forEach((id, i) => {
      neighbours.set(id, { previous: byId.get(group.entries[i - 1] ?? ''), next: byId.get(group.entries[i + 1] ?? '') });
    });
  }
  return {
    entries,
    byId,
    byCode,
    neighbours: (entry) => neighbours.get(entry.id) ?? {},
    sameCodeElsewhere: (entry) => (byCode.get(entry.code) ?? []).filter((e) => e !== entry),
  };
}

/**
 * A catalog's label, "TPNS server": its vendor's name and its surface's name, or the
 * slug where the registry has no name.
 */
export function catalogLabeller(name: { vendor(slug: string): string | undefined; surface(slug: string): string | undefined }) {
  return (vendor: string, surface: string) => `${name.vendor(vendor) ?? vendor} ${name.surface(surface) ?? surface}`;
}

/**
 * The meaning a code is summed up by: the richest row (most columns filled, so the
 * dedicated server-API page wins over an SDK page's one-liner), first in source order
 * on a tie. Undefined when no source describes the code.
 */
export function headlineOf(entry: Pick<CatalogEntry, 'meanings'>): Meaning | undefined {
  let best: Meaning | undefined;
  let bestFilled = 0;
  for (const meaning of entry.meanings) {
    const filled = meaning.columns.filter((c) => c.text !== '').length;
    if (!meaning.empty && filled > bestFilled) [best, bestFilled] = [meaning, filled];
  }
  return best;
}
