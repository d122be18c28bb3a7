/**
 * Source documents → the catalog: one entry per (vendor, surface, code), holding every
 * meaning every source gives that code, each with where it came from.
 */
import type { Registry } from '../schemas/registry.ts';
import type { CatalogEntry, CatalogGroup, Meaning } from '../schemas/catalog.ts';
import { cellHtml } from './cell-html.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { CodeRow } from './rows.ts';
import type { DocumentTable, SourceDocument } from './source-document.ts';

export interface Catalog {
  /** Entries grouped by catalog, in registry order, codes in order of first appearance. */
  entries: CatalogEntry[];
  groups: CatalogGroup[];
}

/** A code that is safe as one URL path segment as it is. */
const SAFE_SEGMENT = /^[A-Za-z0-9_~+-][A-Za-z0-9._~+-]*$/;

export function buildCatalog(documents: readonly SourceDocument[], registry: Registry, diagnostics: Diagnostic[] = []): Catalog {
  const groups = new Map<string, CatalogGroup>();
  const entries = new Map<string, CatalogEntry>();
  const slugs = new Map<string, CatalogEntry>();

  for (const document of [...documents].sort((a, b) => a.file.localeCompare(b.file))) {
    for (const table of document.tables) {
      const groupKey = `${table.vendor}/${table.surface}`;
      let group = groups.get(groupKey);
      if (!group) {
        group = { id: groupKey, position: 0, vendor: table.vendor, surface: table.surface, entries: [], tables: [] };
        groups.set(groupKey, group);
      }
      group.tables.push({
        file: document.file, title: document.title, url: document.url, table: table.index, line: table.line,
        inferred: table.inferred, notes: table.notes, columns: table.columns, rows: table.rows.length,
      });
      for (const row of table.rows) {
        const key = `${groupKey}\u0000${row.code}`;
        let entry = entries.get(key);
        if (!entry) {
          const slug = uniqueSlug(row, groupKey, slugs, document.file, diagnostics);
          entry = {
            id: `${groupKey}/${slug}`, vendor: table.vendor, surface: table.surface, code: row.code, slug,
            numeric: /^[+-]?\d+$/.test(row.code), meanings: [], likelySameAs: [],
          };
          entries.set(key, entry);
          slugs.set(entry.id, entry);
          group.entries.push(entry.id);
        }
        entry.meanings.push(toMeaning(row, table, document));
      }
    }
  }

  const ordered = orderGroups([...groups.values()], registry);
  ordered.forEach((group, position) => (group.position = position));
  const byId = new Map([...entries.values()].map((e) => [e.id, e]));
  for (const group of ordered) linkLikelyTwins(group.entries.map((id) => byId.get(id)!));
  return { groups: ordered, entries: ordered.flatMap((g) => g.entries.map((id) => byId.get(id)!)) };
}

function toMeaning(row: CodeRow, table: DocumentTable, document: SourceDocument): Meaning {
  const columns = table.columns.map((column, i) => ({
    key: column.key, name: column.name, text: row.cells[i]!.text, html: cellHtml(row.cells[i]!.nodes),
  }));
  const headline = columns.find((c) => c.key === 'description' && c.text) ?? columns.find((c) => c.text);
  const stem = document.file.replace(/^.*\//, '').replace(/\.md$/, '');
  return {
    id: `${stem}-l${row.line}`,
    text: headline?.text ?? '',
    html: headline?.html ?? '',
    columns,
    empty: !headline,
    continuation: row.continuation,
    inferred: table.inferred,
    source: { file: document.file, line: row.line, title: document.title, url: document.url, table: table.index },
  };
}

function uniqueSlug(row: CodeRow, group: string, taken: Map<string, CatalogEntry>, file: string, diagnostics: Diagnostic[]): string {
  if (SAFE_SEGMENT.test(row.code) && !taken.has(`${group}/${row.code}`)) return row.code;
  const base = row.code.normalize('NFKD').replace(/[^A-Za-z0-9_~+-]+/g, '-').replace(/^-+|-+$/g, '') || 'code';
  let slug = base;
  for (let n = 2; taken.has(`${group}/${slug}`); n++) slug = `${base}-${n}`;
  diagnostics.push({
    severity: 'warning', file, line: row.line,
    message: `code ${JSON.stringify(row.code)} cannot be used in a URL as it is`,
    action: `its page is /${group}/${slug}/; write the code with letters, digits, "-", "+", "_" or "." only if the source allows`,
  });
  return slug;
}

function orderGroups(groups: CatalogGroup[], registry: Registry): CatalogGroup[] {
  const vendorOrder = Object.keys(registry.vendors);
  const surfaceOrder = Object.keys(registry.surfaces);
  return groups.sort((a, b) =>
    vendorOrder.indexOf(a.vendor) - vendorOrder.indexOf(b.vendor) || surfaceOrder.indexOf(a.surface) - surfaceOrder.indexOf(b.surface));
}

/**
 * Marks codes of one catalog that are probably the same code mistyped: they share a
 * meaning and one is the other with one character more (10080021 and 1008021).
 */
function linkLikelyTwins(entries: readonly CatalogEntry[]): void {
  const byMeaning = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    for (const text of new Set(entry.meanings.map((m) => normalizeMeaning(m.text)).filter(Boolean))) {
      byMeaning.set(text, [...(byMeaning.get(text) ?? []), entry]);
    }
  }
  for (const sharing of byMeaning.values()) {
    for (const a of sharing) {
      for (const b of sharing) {
        if (a !== b && isOneInsertionApart(a.code, b.code) && !a.likelySameAs.includes(b.code)) a.likelySameAs.push(b.code);
      }
    }
  }
}

function normalizeMeaning(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isOneInsertionApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}
