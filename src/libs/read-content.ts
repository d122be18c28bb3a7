/**
 * The content folder → the catalog: reads the files and reports what is wrong in them;
 * used by the Astro loader, `npm run check:sources` and the tests.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { surfacesFileSchema, vendorsFileSchema, type Registry } from '../schemas/registry.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import type { Diagnostic } from './diagnostics.ts';
import { readSourceDocument, type SourceDocument } from './source-document.ts';
import { issuePaths, parseYamlWithLines } from './yaml-lines.ts';
import { sourceFileNames, type ContentPaths } from './content-paths.ts';

export { defaultContentPaths, sourceFileNames, type ContentPaths } from './content-paths.ts';

export interface ContentResult {
  registry: Registry;
  documents: SourceDocument[];
  catalog: Catalog;
  diagnostics: Diagnostic[];
}

export function readContent(paths: ContentPaths): ContentResult {
  const diagnostics: Diagnostic[] = [];
  const registry: Registry = {
    vendors: readRegistryFile(paths, paths.vendors, vendorsFileSchema, diagnostics),
    surfaces: readRegistryFile(paths, paths.surfaces, surfacesFileSchema, diagnostics),
  };
  const documents: SourceDocument[] = [];
  for (const name of readSourceFolder(paths, diagnostics)) {
    const path = join(paths.root, paths.sources, name);
    const file = relative(paths.root, path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      diagnostics.push({ severity: 'error', file, line: 1, message: `cannot be read: ${firstLine(error)}`,
        action: 'make it a readable file, or rename it to start with "_" to leave it out' });
      continue;
    }
    const markdown = readText(file, bytes, diagnostics);
    const result = readSourceDocument(file, markdown, registry);
    diagnostics.push(...result.diagnostics);
    if (result.document) documents.push(result.document);
  }
  const catalog = buildCatalog(documents, registry, diagnostics);
  return { registry, documents, catalog, diagnostics };
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

/** The file as UTF-8; bytes that are not are replaced (U+FFFD) and reported. */
function readText(file: string, bytes: Buffer, diagnostics: Diagnostic[]): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    diagnostics.push({ severity: 'warning', file, line, message: 'the file is not valid UTF-8',
      action: 'its bad bytes were read as "\uFFFD"; save the file as UTF-8' });
  }
  return text;
}

function readRegistryFile<T extends z.ZodType>(paths: ContentPaths, file: string, schema: T, diagnostics: Diagnostic[]): z.infer<T> {
  const report = (line: number, message: string, action: string) => diagnostics.push({ severity: 'error', file, line, message, action });
  let text: string;
  try {
    text = readFileSync(join(paths.root, file), 'utf8');
  } catch (error) {
    report(1, `cannot be read: ${firstLine(error)}`, 'create the file: YAML, one entry per slug');
    return {} as z.infer<T>;
  }
  const yaml = parseYamlWithLines(text);
  for (const error of yaml.errors) report(error.line, `is not valid YAML: ${error.message}`, 'fix the YAML: one entry per slug');
  if (yaml.errors.length > 0) return {} as z.infer<T>;
  // Each entry on its own, so one bad entry does not take the others with it.
  const value = yaml.value ?? {};
  const entries = typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [[undefined, value] as const];
  const registry: Record<string, unknown> = {};
  for (const [slug, entry] of entries) {
    const parsed = schema.safeParse(slug === undefined ? entry : { [slug]: entry });
    if (parsed.success) {
      Object.assign(registry, parsed.data);
      continue;
    }
    for (const issue of parsed.error.issues) {
      for (const path of issuePaths(issue)) {
        report(yaml.lineOf(path), `${path.length > 0 ? `"${path.join('.')}"` : 'the file'}: ${issue.message}`,
          'each entry is a slug (lowercase letters, digits, dashes) with the fields listed at the top of the file');
      }
    }
  }
  return registry as z.infer<T>;
}

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0];
