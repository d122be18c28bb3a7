/**
 * A source's YAML frontmatter → its title, URL and the vendor and surface of each table,
 * validated against the schema and the registry, problems reported at their line. Light
 * (YAML and zod only): the Astro config reads the sources' catalogs with it for the sidebar.
 */
import { join } from 'node:path';
import { sourceFrontmatterSchema, type SourceFrontmatter } from '../schemas/source-frontmatter.ts';
import type { Registry } from '../schemas/registry.ts';
import { readContentText } from './content-files.ts';
import { sourceFileNames, type ContentPaths } from './content-paths.ts';
import type { Report } from './tables.ts';
import { issuePaths, parseYamlWithLines } from './yaml-lines.ts';

/**
 * The YAML between a file's opening and closing `---` lines: null when the file opens no
 * frontmatter, undefined when it opens one and never closes it. `text` has `\n` line ends.
 */
export function frontmatterOf(text: string): string | null | undefined {
  if (!/^---[ \t]*(\n|$)/.test(text)) return null;
  const close = /\n---[ \t]*(\n|$)/.exec(text);
  return close ? text.slice(text.indexOf('\n') + 1, close.index + 1).replace(/\n$/, '') : undefined;
}

/**
 * The catalogs (`vendor/surface`) the sources' valid frontmatters name, for the sidebar;
 * a source that cannot be read or has a wrong frontmatter is left out here (the build
 * reports it with its line).
 */
export function sourceCatalogs(paths: Pick<ContentPaths, 'root' | 'sources'>, registry: Registry): Set<string> {
  const catalogs = new Set<string>();
  let names: string[] = [];
  try {
    names = sourceFileNames(join(paths.root, paths.sources));
  } catch {}
  for (const name of names) {
    const file = readContentText(paths.root, join(paths.sources, name));
    const text = file.ok ? file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') : '';
    const read = readFrontmatter(frontmatterOf(text), registry, () => {});
    for (const table of read?.frontmatter.tables ?? []) catalogs.add(`${table.vendor}/${table.surface}`);
  }
  return catalogs;
}

const FRONTMATTER_FIELDS = 'a source starts with title: (text), url: (optional, http or https) and tables: '
  + '(one item per table, in the order they appear: vendor:, surface:, when the vendor was not stated by the source inferred: true, '
  + 'and optionally columns: { Header: role } with roles code, name, description, solution, descriptor, api or note)';

export interface ReadFrontmatter {
  frontmatter: SourceFrontmatter;
  /** The file line of a field: `['tables', 0, 'columns', 'Reason']`. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * The frontmatter, validated, and the file line of any of its fields; YAML lines are reported as
 * file lines (`---` is line 1). `yaml` is null when the document has no frontmatter and
 * undefined when it opens one and never closes it.
 */
export function readFrontmatter(yaml: string | null | undefined, registry: Registry, report: Report): ReadFrontmatter | null {
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
      report('error', 1 + error.line, `the frontmatter ${error.message}`, error.action ?? 'fix the YAML between the two "---" lines');
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
  return known ? { frontmatter: parsed.data, lineOf: lineOfPath } : null;
}
