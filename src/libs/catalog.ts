/**
 * Source documents → the catalog: one entry per (vendor, surface, code), holding every
 * meaning every source gives that code, each with where it came from.
 */
import type { Registry } from '../schemas/registry.ts';
import type { CatalogEntry, CatalogGroup, Meaning } from '../schemas/catalog.ts';
import { renderCell } from './cell-html.ts';
import { leadingErrorName } from './code-lookup.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { CodeRow } from './rows.ts';
import type { DocumentTable, SourceDocument } from './source-document.ts';
import { shorten } from './tables.ts';
import { codePagePath, isWindowsDeviceName, siteFileNamed } from './urls.ts';

export interface Catalog {
  /** Entries grouped by catalog, in registry order, codes in order of first appearance. */
  entries: CatalogEntry[];
  groups: CatalogGroup[];
}

/** A code that is a number, sign included; longer than any real code's digits is a word (no /code/{n}/ page). */
const NUMBER = /^[+-]?\d{1,24}$/;

export function buildCatalog(documents: readonly SourceDocument[], registry: Registry, diagnostics: Diagnostic[] = []): Catalog {
  const groups = new Map<string, CatalogGroup>();
  /** Per catalog, its codes in order of first appearance, with the row that brought each in. */
  const codes = new Map<string, Map<string, { entry: Omit<CatalogEntry, 'id' | 'slug'>; file: string; line: number }>>();

  for (const document of [...documents].sort((a, b) => a.file.localeCompare(b.file))) {
    for (const table of document.tables) {
      const groupKey = `${table.vendor}/${table.surface}`;
      let group = groups.get(groupKey);
      if (!group) {
        group = { id: groupKey, position: 0, vendor: table.vendor, surface: table.surface, entries: [], tables: [] };
        groups.set(groupKey, group);
        codes.set(groupKey, new Map());
      }
      group.tables.push({
        file: document.file, title: document.title, url: document.url, table: table.index, line: table.line,
        inferred: table.inferred, notes: table.notes, columns: table.columns, rows: table.rows.length,
      });
      const groupCodes = codes.get(groupKey)!;
      for (const row of table.rows) {
        let code = groupCodes.get(row.code);
        if (!code) {
          code = {
            entry: { vendor: table.vendor, surface: table.surface, code: row.code, numeric: NUMBER.test(row.code), meanings: [], likelySameAs: [], categories: [], actions: [] },
            file: document.file,
            line: row.line,
          };
          groupCodes.set(row.code, code);
        }
        code.entry.meanings.push(toMeaning(row, table, document, diagnostics));
      }
    }
  }

  const ordered = orderGroups([...groups.values()], registry);
  const entries: CatalogEntry[] = [];
  ordered.forEach((group, position) => {
    group.position = position;
    const groupCodes = [...codes.get(group.id)!.values()];
    const slugs = assignSlugs(groupCodes.map((c) => c.entry.code));
    const groupEntries = groupCodes.map(({ entry, file, line }, i): CatalogEntry => {
      const { slug, problem } = slugs[i]!;
      if (problem) {
        const page = `its page is /${codePagePath({ vendor: group.vendor, surface: group.surface, slug })}`;
        diagnostics.push({
          severity: 'warning', file, line,
          message: `code ${JSON.stringify(shorten(entry.code, 40))} ${problem}, so it cannot be the address of its page`,
          action: hasSafeCharacters(entry.code) ? `${page}; nothing to change if the source writes the code so`
            : `${page}; if the source allows, write the code with letters, digits, "-", "+", "_", "~" and "." only`,
        });
      }
      meaningAnchors(entry);
      return { id: `${group.id}/${slug}`, vendor: entry.vendor, surface: entry.surface, code: entry.code, slug,
        numeric: entry.numeric, meanings: entry.meanings, likelySameAs: entry.likelySameAs, categories: entry.categories, actions: entry.actions };
    });
    linkLikelyTwins(groupEntries);
    group.entries = groupEntries.map((e) => e.id);
    for (const entry of groupEntries) entries.push(entry);
  });
  return { groups: ordered, entries };
}

/** A code that is safe as one URL path segment as it is: no `.` at either end, no `..`. */
const SAFE_SEGMENT = /^[A-Za-z0-9_~+-]+(?:\.[A-Za-z0-9_~+-]+)*$/;
/** Longer codes get a shortened slug: a file name has at most 255 bytes. */
const MAX_SLUG = 64;
const hasSafeCharacters = (code: string) => SAFE_SEGMENT.test(code) && code.length <= MAX_SLUG;

/**
 * A URL segment per code of one catalog, in the same order. A code that is a safe
 * segment is its own slug; any other gets a slug made of its safe characters and a
 * hash of the code (`x-1b2c3d4e` for `../x`), so it stays the same whatever other
 * codes come and go. Slugs are unique ignoring case (case-insensitive file systems), and
 * none names a file the site makes beside the code pages (`index.html`, `{slug}.json`)
 * or a device on Windows (`CON`, `nul.txt`), whatever the other codes of the catalog.
 */
export function assignSlugs(codes: readonly string[]): { slug: string; problem?: string }[] {
  const taken = new Set<string>();
  const take = (slug: string) => taken.add(slug.toLowerCase());
  const isFree = (slug: string) => !taken.has(slug.toLowerCase());
  const result: { slug: string; problem?: string }[] = codes.map((code) => ({ slug: code, problem: unsafeBecause(code) }));
  // Safe codes first, so an unsafe code never takes the slug a safe one needs.
  for (const item of result) {
    if (item.problem) continue;
    if (isFree(item.slug)) take(item.slug);
    else item.problem = 'differs from another code of its catalog only by letter case';
  }
  result.forEach((item, i) => {
    if (!item.problem) return;
    const code = codes[i]!;
    const base = `${code.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9_~+-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, MAX_SLUG - 20) || 'code'}-${hash(code)}`;
    let slug = base;
    for (let n = 2; !isFree(slug); n++) slug = `${base}-${n}`;
    take(slug);
    item.slug = slug;
  });
  return result;
}

/** Why a code cannot be a URL segment (and a file name in dist/) as it is, or undefined when it can. */
function unsafeBecause(code: string): string | undefined {
  if (code === '.' || code === '..') return 'is a path of its own ("." or "..")';
  if (/[/\\]/.test(code)) return 'has a "/" or "\\"';
  if (/[\p{Cc}\p{Cf}]/u.test(code)) return 'has control characters';
  if (/\s/.test(code)) return 'has spaces';
  if (code.length > MAX_SLUG) return `is longer than ${MAX_SLUG} characters`;
  if (!SAFE_SEGMENT.test(code)) return /\.\.|^\.|\.$/.test(code) ? 'has ".." or a "." at one end' : 'has characters that are not safe in a URL';
  if (isWindowsDeviceName(code)) return 'is a device name on Windows (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9, with any extension)';
  return siteFileNamed(code);
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, no dependency. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

function toMeaning(row: CodeRow, table: DocumentTable, document: SourceDocument, diagnostics: Diagnostic[]): Meaning {
  const columns = table.columns.map((column, i) => {
    const cell = row.cells[i]!;
    const { html, leftOut, asSource } = renderCellAt(cell, column.name, row.line, document.file, diagnostics);
    if (leftOut.length > 0) {
      diagnostics.push({
        severity: 'warning', file: document.file, line: row.line,
        message: `the "${shorten(column.name, 40)}" cell holds ${asSource ? 'only ' : ''}HTML the site does not publish (${leftOut.join(', ')})`,
        action: asSource ? 'shown as its source text; write what it says as text'
          : `left out${leftOut.includes('<img>') ? ' (an image is shown as its alt text, if it has one)' : ''}; write what it says as text if it matters`,
      });
    }
    return { key: column.key, role: column.role, name: column.name, text: cell.text, html };
  });
  const filled = columns.filter((c) => c.text !== '');
  const headline = filled.find((c) => c.role === 'description') ?? filled.find((c) => c.role !== 'name') ?? filled[0];
  const name = filled.find((c) => c.role === 'name')?.text ?? leadingErrorName(headline?.text ?? '');
  return {
    id: '', // given once the code's every meaning is known: meaningAnchors
    aliases: [],
    name: name ?? null,
    text: headline?.text ?? '',
    html: headline?.html ?? '',
    columns,
    empty: !headline,
    continuation: row.continuation,
    inferred: table.inferred,
    source: { file: document.file, line: row.line, title: document.title, url: document.url, table: table.index },
    // This site's reading, written by libs/categories.ts `categorize` once the categories are read.
    categories: [],
    pinned: [],
    action: null,
  };
}

/**
 * Gives each meaning of a code its anchor on the code's page, made of what the row says
 * rather than where it is, so that lines added above it leave it alone: the source
 * file's stem and the code, then the row's error name (`tencent-cloud-chat-push-403-badcertificate`),
 * or for a row without one its rank among the code's unnamed rows of that file
 * (`tpns-rest-api-1008001`, then `…-1008001-2`).
 */
function meaningAnchors(entry: Pick<CatalogEntry, 'code' | 'meanings'>): void {
  const taken = new Set<string>();
  const unnamed = new Map<string, number>();
  const code = `${entry.code.startsWith('-') ? '-' : ''}${anchorPart(entry.code) || 'code'}`;
  for (const meaning of entry.meanings) {
    const base = `${anchorPart(fileStem(meaning.source.file)) || 'source'}-${code}`;
    let anchor: string;
    if (meaning.name !== null) {
      anchor = `${base}-${anchorPart(meaning.name).slice(0, 48) || hash(meaning.name)}`;
    } else {
      const rank = (unnamed.get(base) ?? 0) + 1;
      unnamed.set(base, rank);
      anchor = rank === 1 ? base : `${base}-${rank}`;
    }
    let unique = anchor;
    for (let n = 2; taken.has(unique); n++) unique = `${anchor}-${n}`;
    taken.add(unique);
    meaning.id = unique;
  }
}

/** Lowercase letters, digits and `_`, other runs of characters as one `-`. */
function anchorPart(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9_]+/g, '-').replace(/^-+|-+$/g, '');
}

/** `content/sources/tpns-rest-api.md` → `tpns-rest-api`. */
export const fileStem = (file: string) => file.replace(/^.*\//, '').replace(/\.md$/, '');

/**
 * The anchor a meaning had before anchors were made of what the row says: the source
 * file's stem and the row's line (`tpns-rest-api-l12`). Links pasted before then use it.
 */
export const lineAnchor = (source: Meaning['source']) => `${fileStem(source.file)}-l${source.line}`;

/** The cell rendered; what the HTML tools throw on (markup nested thousands deep) is an error at its row. */
function renderCellAt(cell: CodeRow['cells'][number], column: string, line: number, file: string, diagnostics: Diagnostic[]): ReturnType<typeof renderCell> {
  try {
    return renderCell(cell);
  } catch (error) {
    diagnostics.push({ severity: 'error', file, line,
      message: `the "${shorten(column, 40)}" cell cannot be made into HTML: ${String((error as Error)?.message ?? error).split('\n')[0]}`,
      action: 'look for HTML nested very deeply in the cell (thousands of tags opened and never closed) and write it flat' });
    return { html: '', leftOut: [], asSource: false };
  }
}

function orderGroups(groups: CatalogGroup[], registry: Registry): CatalogGroup[] {
  const vendorOrder = Object.keys(registry.vendors);
  const surfaceOrder = Object.keys(registry.surfaces);
  return groups.sort((a, b) =>
    vendorOrder.indexOf(a.vendor) - vendorOrder.indexOf(b.vendor) || surfaceOrder.indexOf(a.surface) - surfaceOrder.indexOf(b.surface));
}

/**
 * Marks codes of one catalog that are probably the same code mistyped: they share a
 * meaning and one is the other with one character more (10080021 and 1008021). Found
 * through each code's one-character-shorter forms, so that a meaning thousands of codes
 * share ("Internal error") costs their length, not every pair of them.
 */
function linkLikelyTwins(entries: readonly CatalogEntry[]): void {
  const byMeaning = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    for (const text of new Set(entry.meanings.map((m) => normalizeMeaning(m.text)).filter(Boolean))) {
      const sharing = byMeaning.get(text);
      if (sharing) sharing.push(entry);
      else byMeaning.set(text, [entry]);
    }
  }
  for (const sharing of byMeaning.values()) {
    if (sharing.length < 2) continue;
    const position = new Map(sharing.map((entry, i) => [entry.code, i]));
    /** A code one character shorter than some codes → their positions. */
    const longer = new Map<string, number[]>();
    sharing.forEach((entry, i) => {
      for (const short of oneShorter(entry.code)) longer.set(short, [...(longer.get(short) ?? []), i]);
    });
    sharing.forEach((entry, i) => {
      const twins = new Set(longer.get(entry.code));
      for (const short of oneShorter(entry.code)) {
        const j = position.get(short);
        if (j !== undefined) twins.add(j);
      }
      twins.delete(i);
      for (const j of [...twins].sort((x, y) => x - y)) {
        if (!entry.likelySameAs.includes(sharing[j]!.code)) entry.likelySameAs.push(sharing[j]!.code);
      }
    });
  }
}

/** The code with one of its characters left out, each form once. */
function oneShorter(code: string): Set<string> {
  const forms = new Set<string>();
  for (let i = 0; i < code.length; i++) forms.add(code.slice(0, i) + code.slice(i + 1));
  return forms;
}

function normalizeMeaning(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

