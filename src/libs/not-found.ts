/**
 * What the not-found page does with the path it was asked for. A path that names a page
 * the site has, written another way (other letter case, no trailing slash, a `+` sign
 * before a number: `/TPNS/server/1008001`, `/code/+503/`), sends the reader on to that
 * page; a code that is not where the path looks is explained, the same code in other
 * catalogs first, then the nearest codes. Runs in the browser on the exact-code index's
 * rows (libs/code-lookup.ts): no Node imports.
 */
import { nearestCodes, type CodeRow } from './code-lookup.ts';
import { readSitePath } from './urls.ts';

/** A catalog of the site, by its id `vendor/surface`. */
export interface KnownCatalog {
  label: string;
  /** Its page, relative to the base: `tpns/server/`. */
  path: string;
}

export type NotFoundAnswer =
  /** The page that exists, relative to the base. */
  | { kind: 'redirect'; path: string }
  | {
    kind: 'missing-code';
    code: string;
    /** The catalog the path names, when the site has it. */
    catalog?: KnownCatalog | undefined;
    /** Whether the path named a catalog at all (`/code/{n}/` does not). */
    inCatalog: boolean;
    /** The same code in the site's other catalogs. */
    elsewhere: CodeRow[];
    /** The numerically nearest codes of the catalog (or of every catalog). */
    nearest: CodeRow[];
  }
  | { kind: 'not-a-code' };

/** The code whose exact-code shard the answer needs (`rowsFor`), if the path names one. */
export function askedCode(path: string): string | null {
  const read = readSitePath(withSlash(path));
  return read?.kind === 'code-page' || read?.kind === 'number' ? withoutPlus(read.code) : null;
}

/** `path` is relative to the base; `rows` are the shard rows of `askedCode(path)`. */
export function answerMissingPath(path: string, catalogs: Record<string, KnownCatalog>, shardRows: readonly CodeRow[]): NotFoundAnswer {
  // A row with a name finds its code by an error name; the code's own row is enough here.
  const rows = shardRows.filter((row) => !row.name);
  const wanted = withSlash(path).toLowerCase();
  const pages = Object.values(catalogs).flatMap((c) => [c.path, c.path.slice(0, c.path.indexOf('/') + 1)]);
  const page = pages.find((p) => p.toLowerCase() === wanted);
  if (page) return { kind: 'redirect', path: page };

  const read = readSitePath(withSlash(path));
  if (read?.kind !== 'code-page' && read?.kind !== 'number') return { kind: 'not-a-code' };
  const code = withoutPlus(read.code);
  if (read.kind === 'number') {
    if (rows.some((row) => row.code === code)) return { kind: 'redirect', path: `code/${code}/` };
    return { kind: 'missing-code', code: read.code, inCatalog: false, elsewhere: [], nearest: nearestCodes(code, rows) };
  }
  const same = rows.find((row) => row.path.toLowerCase() === `${read.vendor}/${read.surface}/${code}/`.toLowerCase());
  if (same) return { kind: 'redirect', path: same.path };
  const catalog = Object.entries(catalogs).find(([id]) => id.toLowerCase() === `${read.vendor}/${read.surface}`.toLowerCase())?.[1];
  const elsewhere = rows.filter((row) => row.code.toLowerCase() === code.toLowerCase());
  const inThatCatalog = rows.filter((row) => !catalog || row.path.startsWith(catalog.path));
  return { kind: 'missing-code', code: read.code, catalog, inCatalog: true, elsewhere, nearest: nearestCodes(code, inThatCatalog) };
}

/** A page's path always ends with a slash; a file's (`….json`) never does. */
const withSlash = (path: string) => (path === '' || path.endsWith('/') || /\.[a-z]+$/i.test(path) ? path : `${path}/`);

/** `+503` is written `503` by every catalog: the sign is dropped from a number. */
const withoutPlus = (code: string) => (/^\+\d+$/.test(code) ? code.slice(1) : code);
