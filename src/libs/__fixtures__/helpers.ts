/**
 * Shared by the libs' unit tests: where the fixtures are, the test registry, and the
 * parser run on a Markdown text with its diagnostics collected as `line: message — action`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { CatalogEntry } from '../../schemas/catalog.ts';
import type { Registry } from '../../schemas/registry.ts';
import { leadingErrorName } from '../code-lookup.ts';
import { readRows, type TableRows } from '../rows.ts';
import { findTables, type Cell, type Report, type SourceTable } from '../tables.ts';

export const fixturesDir = fileURLToPath(new URL('.', import.meta.url));
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** The hostile content folder, a fixture site of the browser tests: every unit test of hostile cells reads the same inputs. */
export const hostileFixture = fileURLToPath(new URL('../../../__e2e__/fixtures/hostile', import.meta.url));

/** A fixture file's text. */
export const fixture = (name: string): string => readFileSync(new URL(name, import.meta.url), 'utf8');

/** The registry of the fixture content folders: vendor `acme`, surfaces `server` and `client`. */
export const testRegistry: Registry = {
  vendors: parse(fixture('broken/content/vendors.yml')),
  surfaces: parse(fixture('broken/content/surfaces.yml')),
};

export interface Parsed {
  tables: SourceTable[];
  rows: TableRows[];
  /** `severity line: message — action`, in the order reported. */
  diagnostics: string[];
}

/** findTables, then readRows on each table, as readSourceDocument does. */
export function parseTables(markdown: string): Parsed {
  const diagnostics: string[] = [];
  const report: Report = (severity, line, message, action) => diagnostics.push(`${severity} ${line}: ${message} — ${action}`);
  const tables = findTables(markdown, report);
  return { tables, rows: tables.map((t) => readRows(t, report)), diagnostics };
}

/** Each row as `[line, code, ...cell texts]`, continuation rows marked with a `↳` before the code. */
export function rowSummary(rows: TableRows): (string | number)[][] {
  return rows.rows.map((r) => [r.line, `${r.continuation ? '↳' : ''}${r.code}`, ...r.cells.map((c) => c.text)]);
}

export const texts = (cells: Cell[]): string[] => cells.map((c) => c.text);

/** A catalog entry with one meaning per text (named as the catalog names it); `descriptor` adds TPNS's English descriptor column. */
export function catalogEntry(id: string, texts: string[], descriptor?: string): CatalogEntry {
  const [vendor, surface, code] = id.split('/') as [string, string, string];
  return {
    id, vendor, surface, code, slug: code, numeric: /^[+-]?\d+$/.test(code), likelySameAs: [], categories: [], actions: [],
    meanings: texts.map((text, i) => ({
      id: `src-l${i + 1}`, aliases: [], name: leadingErrorName(text) ?? null, text, html: text, empty: text === '', continuation: false, inferred: false,
      columns: [
        { key: 'description', role: 'description' as const, name: 'Description', text, html: text },
        ...(descriptor ? [{ key: 'descriptor', role: 'descriptor' as const, name: 'English descriptor', text: descriptor, html: descriptor }] : []),
      ],
      source: { file: 'content/sources/x.md', line: i + 1, title: 'X', table: 1 },
      categories: [], pinned: [], action: null,
    })),
  };
}
