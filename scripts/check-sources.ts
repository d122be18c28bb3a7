/**
 * Checks the content folder without building the site: reads every file of `content/` the
 * build reads (registry, sources, categories, published URLs) as the build does and prints
 * every diagnostic, one a line, then a summary. Exits 1 when there are errors,
 * 0 otherwise (warnings included), 2 on a wrong command line.
 *
 *   node_modules/.bin/node scripts/check-sources.ts [--root DIR]
 *
 * --root DIR: the project folder holding `content/` (default: this script's project).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../src/libs/diagnostics.ts';
import { defaultContentPaths, readContent, sourceFileNames } from '../src/libs/read-content.ts';

const USAGE = 'usage: node_modules/.bin/node scripts/check-sources.ts [--root DIR]';

function main(argv: string[]): number {
  let root: string;
  try {
    const { values } = parseArgs({ args: argv, options: { root: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    root = resolve(values.root ?? fileURLToPath(new URL('..', import.meta.url)));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }

  const paths = defaultContentPaths(root);
  const { documents, catalog, categories, diagnostics } = readContent(paths);
  for (const d of sortDiagnostics(diagnostics)) {
    console.log(`${d.severity}: ${formatDiagnostic(d)}`);
  }
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  const tables = documents.flatMap((d) => d.tables);
  const rows = tables.reduce((sum, t) => sum + t.rows.length, 0);
  console.log(
    `${documents.length} of ${countSources(join(root, paths.sources))} source(s) read, ${tables.length} table(s), ${rows} row(s), ${catalog.entries.length} code(s) in ${catalog.groups.length} catalog(s), ${plural(categories.length, 'categor', 'y', 'ies')}: `
    + `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}`,
  );
  return hasErrors(diagnostics) ? 1 : 0;
}

/** By file, then line; diagnostics of one line keep their order. */
function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

function countSources(folder: string): number {
  try {
    return sourceFileNames(folder).length;
  } catch {
    return 0;
  }
}

const plural = (n: number, word: string, one = '', many = 's') => `${n} ${word}${n === 1 ? one : many}`;

process.exitCode = main(process.argv.slice(2));
