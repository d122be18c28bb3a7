/**
 * How a long list is split into pages: a catalog's codes, a category's or an action's
 * meanings, what the categories miss. No HTML page of the site may pass `PAGE_MAX_BYTES`
 * (at 100,000 codes one catalog page was 33 MB), so each list page holds rows up to
 * `LIST_ROWS_BYTES`, as the row estimates below count them: the row's HTML from what it
 * shows (its texts escaped, its links, its tags), counted without rendering it. The page
 * around the rows comes on top; site-tests/big-catalog.test.ts builds a large catalog and
 * checks the real pages. At the real sources every list fits on one page.
 */
import type { CategoryInfo } from './category-index.ts';
import type { CatalogEntry, CatalogGroup, Meaning } from '../schemas/catalog.ts';

/** No HTML page is larger. */
export const PAGE_MAX_BYTES = 1024 * 1024;
/**
 * A list page's rows, estimated: the rest of the limit is for the page around them
 * (Starlight's chrome, about 30 KB; a heading and a table head per vendor; a category's
 * rules) and for an estimate's error.
 */
export const LIST_ROWS_BYTES = 640 * 1024;

/** One page of a list: the rows it shows, `from` (included) to `to` (excluded). */
export interface ListPart {
  from: number;
  to: number;
}

/** Where a page sits in its list: its number (from 1) and every page's rows, for the links between them. */
export interface ListPosition {
  number: number;
  parts: readonly ListPart[];
}

/**
 * The list's rows in pages of at most `LIST_ROWS_BYTES` (`before`: bytes the first page
 * shows before its rows, a catalog's sources and their notes), each with one row at
 * least; an empty list is one empty page.
 */
export function paginate<T>(rows: readonly T[], bytesOf: (row: T) => number, before = 0): ListPart[] {
  const parts: ListPart[] = [];
  let from = 0;
  let bytes = before;
  rows.forEach((row, i) => {
    const size = bytesOf(row);
    if (i > from && bytes + size > LIST_ROWS_BYTES) {
      parts.push({ from, to: i });
      from = i;
      bytes = 0;
    }
    bytes += size;
  });
  parts.push({ from, to: rows.length });
  return parts;
}

const encoder = new TextEncoder();
/** Bytes of a text in the page: UTF-8, with `&`, `<`, `>` and quotes escaped. */
export function textBytes(text: string): number {
  return encoder.encode(text).length + 4 * (text.match(/[&<>"']/g)?.length ?? 0);
}

/**
 * Room for what a row shows that the list does not know here: the base path in front of
 * each link (up to 64 bytes), a surface's or a catalog's name (up to 64). An estimate may
 * run over, not under.
 */
const BASE = 64;
const LABEL = 64;
/** A row's tags: `<tr><td><a href=""></a></td><td></td><td></td></tr>`, and a fourth cell's. */
const ROW_TAGS = 64;
/** A meaning's line in a catalog's table: `<div><code></code>: </div>`. */
const MEANING_TAGS = 32;
/** A category's chip around its slug and name: `<li><a class="chip" href="…/category/"></a></li>`, with room to spare. */
const CHIP_TAGS = 64;
/** A list of chips: `<ul class="chips not-content"></ul>`. */
const CHIPS_TAGS = 40;

function chipsBytes(categories: readonly (Pick<CategoryInfo, 'slug' | 'name'> | undefined)[]): number {
  if (categories.length === 0) return 0;
  return CHIPS_TAGS + categories.reduce((sum, c) => sum + CHIP_TAGS + BASE + (c ? textBytes(c.slug) + textBytes(c.name) : LABEL), 0);
}

const linkBytes = (entry: Pick<CatalogEntry, 'vendor' | 'surface' | 'slug' | 'code'>, anchor = '') =>
  BASE + textBytes(`${entry.vendor}/${entry.surface}/${entry.slug}/#${anchor}`) + textBytes(entry.code);

/** A code's row in its catalog's table: its link, each meaning (name and HTML), its categories' chips. */
export function catalogRowBytes(entry: CatalogEntry, categoryOf: (slug: string) => Pick<CategoryInfo, 'slug' | 'name'> | undefined): number {
  const meanings = entry.meanings.reduce((sum, m) => sum + MEANING_TAGS + encoder.encode(m.html).length + textBytes(m.name ?? ''), 0);
  return ROW_TAGS + linkBytes(entry) + meanings + chipsBytes(entry.categories.map(categoryOf));
}

/** What a catalog's first page shows before its codes: each source table, with its title, file and notes. */
export function catalogSourcesBytes(group: CatalogGroup): number {
  return group.tables.reduce((sum, t) => sum + 400 + textBytes(t.title) + textBytes(t.url ?? '') * 2 + textBytes(t.file)
    + t.notes.reduce((notes, note) => notes + 8 + textBytes(note), 0), 0);
}

/**
 * A meaning's row in a list of meanings (a category's, an action's, what the categories
 * miss): its code linked at its anchor, its catalog, its words and `more` (the source's
 * advice).
 */
export function meaningRowBytes(entry: CatalogEntry, meaning: Pick<Meaning, 'id' | 'text'>, more = 0): number {
  return ROW_TAGS + linkBytes(entry, meaning.id) + LABEL + textBytes(meaning.text) + more;
}

/** An action's row also shows the chips of the meaning's categories that call for it. */
export const actionRowBytes = (entry: CatalogEntry, meaning: Pick<Meaning, 'id' | 'text'>, categories: readonly Pick<CategoryInfo, 'slug' | 'name'>[]) =>
  meaningRowBytes(entry, meaning, chipsBytes(categories));
