/**
 * The content folder → the catalog: reads every file the site is built from (the
 * registry, the sources, the categories, the published URLs and anchors) and reports what is
 * wrong in them.
 * Used by the build (once, in the catalog's worker: src/build/), `npm run check:sources`,
 * `npm run urls:update` and the tests.
 */
import { join } from 'node:path';
import type { Registry } from '../schemas/registry.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import { readContentText } from './content-files.ts';
import { categorize, checkCategories, definitionOf, readCategories, type CategoryDefinition } from './categories.ts';
import type { Diagnostic } from './diagnostics.ts';
import { readSourceDocument, type SourceDocument } from './source-document.ts';
import { readRegistry } from './registry.ts';
import { sourceFileNames, type ContentPaths } from './content-paths.ts';
import { applyPublishedAnchors, readPublishedAnchors } from './published-anchors.ts';
import { readRemovedUrls, type RemovedUrl } from './published-urls.ts';

export { defaultContentPaths, sourceFileNames, type ContentPaths } from './content-paths.ts';

export interface ContentResult {
  registry: Registry;
  documents: SourceDocument[];
  catalog: Catalog;
  /** This site's categories (content/categories.yml), in file order, checked against the catalog. */
  categories: CategoryDefinition[];
  /** Published URLs whose code has left the sources (content/published-urls.txt). */
  removed: RemovedUrl[];
  diagnostics: Diagnostic[];
}

export function readContent(paths: ContentPaths): ContentResult {
  const diagnostics: Diagnostic[] = [];
  // One at a time: a spread of a hundred thousand arguments overflows the stack.
  const report = (found: readonly Diagnostic[]) => {
    for (const diagnostic of found) diagnostics.push(diagnostic);
  };
  const registry = readRegistry(paths, diagnostics);
  const documents: SourceDocument[] = [];
  for (const name of readSourceFolder(paths, diagnostics)) {
    const file = join(paths.sources, name);
    const read = readContentText(paths.root, file);
    if (!read.ok) {
      diagnostics.push({ severity: 'error', file, line: read.line, message: read.message,
        action: read.action ?? 'make it a readable file, or rename it to start with "_" to leave it out' });
      continue;
    }
    const result = readSourceDocument(file, read.text, registry);
    report(result.diagnostics);
    if (result.document) documents.push(result.document);
  }
  const catalog = buildCatalog(documents, registry, diagnostics);
  const categories = readCategories(paths.root, paths.categories);
  report(categories.diagnostics);
  report(checkCategories(categories.categories, catalog.entries, { vendors: Object.keys(registry.vendors), surfaces: Object.keys(registry.surfaces) }));
  categorize(catalog.entries, categories.categories);
  const published = readRemovedUrls(paths);
  report(published.diagnostics);
  const anchors = readPublishedAnchors(paths);
  report(anchors.diagnostics);
  report(applyPublishedAnchors(catalog.entries, anchors.anchors, paths.anchors));
  return { registry, documents, catalog, categories: categories.categories.map(definitionOf), removed: published.removed, diagnostics };
}

function readSourceFolder(paths: ContentPaths, diagnostics: Diagnostic[]): string[] {
  try {
    const names = sourceFileNames(join(paths.root, paths.sources));
    if (names.length === 0) {
      diagnostics.push({ severity: 'warning', file: paths.sources, line: 1, message: 'the sources folder has no source file',
        action: 'the site will have no codes; put the source files (*.md) in it' });
    }
    return names;
  } catch (error) {
    diagnostics.push({ severity: 'error', file: paths.sources, line: 1, message: `the sources folder cannot be read: ${firstLine(error)}`,
      action: 'create it and put the source files (*.md) in it' });
    return [];
  }
}

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0];
