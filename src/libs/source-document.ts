/**
 * A source file → a source document: its frontmatter checked against the registry,
 * its tables found and read into rows, each table paired with the vendor and surface
 * the frontmatter gives it.
 */
import { LineCounter, parseDocument } from 'yaml';
import { sourceFrontmatterSchema, type SourceFrontmatter } from '../schemas/source-frontmatter.ts';
import type { Registry } from '../schemas/registry.ts';
import type { Diagnostic } from './diagnostics.ts';
import { readRows, type TableRows } from './rows.ts';
import { findTables, parseMarkdown, type Report, type SourceTable } from './tables.ts';

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

export function readSourceDocument(file: string, markdown: string, registry: Registry): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (severity, line, message, action) => diagnostics.push({ severity, file, line, message, action });
  const tree = parseMarkdown(markdown);
  const frontmatter = readFrontmatter(tree.children[0]?.type === 'yaml' ? tree.children[0].value : null, registry, report);
  const tables = findTables(markdown, report, tree);
  if (!frontmatter) return { diagnostics };

  if (frontmatter.tables.length !== tables.length) {
    const found = tables.length === 0 ? 'none' : `at lines ${tables.map((t) => t.line).join(', ')}`;
    report('error', 2,
      `the frontmatter lists ${frontmatter.tables.length} table(s) but the document has ${tables.length} (${found})`,
      'give "tables:" one item (vendor, surface) per table, in document order');
    return { diagnostics };
  }
  const document: SourceDocument = {
    file,
    title: frontmatter.title,
    url: frontmatter.url,
    tables: tables.map((table: SourceTable, i) => {
      const { vendor, surface, inferred } = frontmatter.tables[i]!;
      return { index: i + 1, line: table.line, vendor, surface, inferred, notes: table.notes, ...readRows(table, report) };
    }),
  };
  return { document, diagnostics };
}

/** The frontmatter, validated; YAML lines are reported as file lines (`---` is line 1). */
function readFrontmatter(yaml: string | null, registry: Registry, report: Report): SourceFrontmatter | null {
  if (yaml === null) {
    report('error', 1, 'the document has no YAML frontmatter',
      'start the file with "---", then title:, url: and tables: (one vendor and surface per table), then "---"');
    return null;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => 1 + (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      report('error', lineAt(error.pos[0]), `the frontmatter is not valid YAML: ${error.message.split('\n')[0]}`,
        'fix the YAML between the two "---" lines');
    }
    return null;
  }
  const lineOfPath = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return 2;
  };

  const parsed = sourceFrontmatterSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the frontmatter';
      report('error', lineOfPath(issue.path), `${at}: ${issue.message}`,
        'see "Source format" in the README for the fields a source needs');
    }
    return null;
  }
  let known = true;
  parsed.data.tables.forEach((table, i) => {
    for (const [field, slugs, registryFile] of [
      ['vendor', registry.vendors, 'content/vendors.yml'],
      ['surface', registry.surfaces, 'content/surfaces.yml'],
    ] as const) {
      if (!Object.hasOwn(slugs, table[field])) {
        known = false;
        report('error', lineOfPath(['tables', i, field]), `unknown ${field} "${table[field]}" for table ${i + 1}`,
          `use one of ${Object.keys(slugs).join(', ')}, or declare it in ${registryFile}`);
      }
    }
  });
  return known ? parsed.data : null;
}
