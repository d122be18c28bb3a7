/**
 * A source file → a source document: its frontmatter checked against the registry,
 * its tables found and read into rows, each table paired with the vendor and surface
 * the frontmatter gives it.
 */
import { sourceFrontmatterSchema, type SourceFrontmatter } from '../schemas/source-frontmatter.ts';
import type { Registry } from '../schemas/registry.ts';
import type { Diagnostic } from './diagnostics.ts';
import { readRows, type TableRows } from './rows.ts';
import { issuePaths, parseYamlWithLines } from './yaml-lines.ts';
import { findTables, normalizeMarkdown, parseMarkdown, type Report, type SourceTable } from './tables.ts';

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
  const text = normalizeMarkdown(markdown);
  const tree = parseMarkdown(text);
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0].value : /^---[ \t]*(\n|$)/.test(text) ? undefined : null;
  const read = readFrontmatter(yaml, registry, report);
  const tables = findTables(text, report, tree);
  // Rows are read even when the frontmatter is wrong, so every problem is reported at once.
  const tableRows = tables.map((table) => readRows(table, report));
  if (!read) return { diagnostics };

  const { frontmatter, tablesLine } = read;
  if (frontmatter.tables.length !== tables.length) {
    const found = tables.length === 0 ? 'none' : `at lines ${tables.map((t) => t.line).join(', ')}`;
    report('error', tablesLine,
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

const FRONTMATTER_FIELDS = 'a source starts with title: (text), url: (optional, http or https) and tables: '
  + '(one item per table, in the order they appear: vendor:, surface: and, when the vendor was not stated by the source, inferred: true)';

/**
 * The frontmatter, validated, and the line of its `tables:`; YAML lines are reported as
 * file lines (`---` is line 1). `yaml` is null when the document has no frontmatter and
 * undefined when it opens one and never closes it.
 */
function readFrontmatter(yaml: string | null | undefined, registry: Registry, report: Report): { frontmatter: SourceFrontmatter; tablesLine: number } | null {
  if (yaml === undefined) {
    report('error', 1, 'the frontmatter has no closing "---" line',
      'end the frontmatter with a line "---" after its last field');
    return null;
  }
  if (yaml === null) {
    report('error', 1, 'the file has no YAML frontmatter',
      'start the file with "---", then title:, url: and tables: (one vendor and surface per table), then "---"');
    return null;
  }
  // The YAML starts on line 2 of the file, after the first "---".
  const yamlLines = parseYamlWithLines(yaml);
  const lineOfPath = (path: readonly PropertyKey[]) => 1 + yamlLines.lineOf(path);
  if (yamlLines.errors.length > 0) {
    for (const error of yamlLines.errors) {
      report('error', 1 + error.line, `the frontmatter is not valid YAML: ${error.message}`,
        'fix the YAML between the two "---" lines');
    }
    return null;
  }

  const parsed = sourceFrontmatterSchema.safeParse(yamlLines.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the frontmatter';
      for (const path of issuePaths(issue)) report('error', lineOfPath(path), `${at}: ${issue.message}`, FRONTMATTER_FIELDS);
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
          Object.keys(slugs).length > 0 ? `use one of ${Object.keys(slugs).join(', ')}, or declare it in ${registryFile}` : `declare it in ${registryFile}, which has no valid entry`);
      }
    }
  });
  return known ? { frontmatter: parsed.data, tablesLine: lineOfPath(['tables']) } : null;
}
