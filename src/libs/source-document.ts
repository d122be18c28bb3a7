/**
 * A source file → a source document: its frontmatter checked against the registry,
 * its tables found and read into rows, each table paired with the vendor and surface
 * the frontmatter gives it.
 */
import type { Registry } from '../schemas/registry.ts';
import type { Diagnostic } from './diagnostics.ts';
import { frontmatterOf, readFrontmatter } from './frontmatter.ts';
import { readRows, type DeclaredColumns, type TableRows } from './rows.ts';
import { findTables, normalizeMarkdown, parseInPieces, type Report, type SourceTable } from './tables.ts';

export interface DocumentTable extends TableRows {
  /** 1-based position of the table in its document. */
  index: number;
  line: number;
  vendor: string;
  surface: string;
  inferred: boolean;
  notes: string[];
}

export interface SourceDocument {
  /** Path as the author knows it, e.g. `content/sources/tpns-ios-sdk.md`. */
  file: string;
  title: string;
  url?: string | undefined;
  tables: DocumentTable[];
}

export interface ReadResult {
  /** Absent when the document has errors that leave nothing to attribute. */
  document?: SourceDocument;
  diagnostics: Diagnostic[];
}

/** The document, or what is wrong with it; whatever the Markdown parser throws is one more diagnostic. */
export function readSourceDocument(file: string, markdown: string, registry: Registry): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (severity, line, message, action) => diagnostics.push({ severity, file, line, message, action });
  try {
    return readDocument(file, markdown, registry, report, diagnostics);
  } catch (error) {
    report('error', 1, `cannot be read as Markdown: ${String((error as Error)?.message ?? error).split('\n')[0]}`,
      'nothing from the file is published; look for text nested very deeply (hundreds of ">" or list levels) and write it flat');
    return { diagnostics };
  }
}

function readDocument(file: string, markdown: string, registry: Registry, report: Report, diagnostics: Diagnostic[]): ReadResult {
  const text = normalizeMarkdown(markdown);
  const pieces = parseInPieces(text);
  const read = readFrontmatter(frontmatterOf(text), registry, report);
  const tables = findTables(text, report, pieces);
  // The roles a table's item declares, when the items can be paired with the tables.
  const attributions = read?.frontmatter.tables.length === tables.length ? read.frontmatter.tables : [];
  const declared = (i: number): DeclaredColumns | undefined => {
    const roles = attributions[i]?.columns;
    return roles && { roles, lineOf: (header) => read!.lineOf(['tables', i, 'columns', ...(header === undefined ? [] : [header])]) };
  };
  // Rows are read even when the frontmatter is wrong, so every problem is reported at once.
  const tableRows = tables.map((table, i) => readRows(table, report, declared(i)));
  if (!read) return { diagnostics };

  const { frontmatter } = read;
  if (frontmatter.tables.length !== tables.length) {
    const found = tables.length === 0 ? 'none' : `at lines ${tables.map((t) => t.line).join(', ')}`;
    report('error', read.lineOf(['tables']),
      `the frontmatter lists ${frontmatter.tables.length} table(s) but the file has ${tables.length} (${found})`,
      'give "tables:" one item (vendor, surface) per table, in the order they appear');
    return { diagnostics };
  }
  const document: SourceDocument = {
    file,
    title: frontmatter.title,
    url: frontmatter.url,
    tables: tables.map((table: SourceTable, i) => {
      const { vendor, surface, inferred } = frontmatter.tables[i]!;
      return { index: i + 1, line: table.line, vendor, surface, inferred, notes: table.notes, ...tableRows[i]! };
    }),
  };
  return { document, diagnostics };
}
