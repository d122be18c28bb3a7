/**
 * The content folder → the catalog. The only module here that touches the file system;
 * used by the Astro loader, `npm run check:sources` and the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { surfacesFileSchema, vendorsFileSchema, type Registry } from '../schemas/registry.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import type { Diagnostic } from './diagnostics.ts';
import { readSourceDocument, type SourceDocument } from './source-document.ts';

export interface ContentPaths {
  /** The project root: file names in diagnostics are relative to it. */
  root: string;
  /** Folder of the source documents (`*.md`), relative to root. */
  sources: string;
  vendors: string;
  surfaces: string;
}

export const defaultContentPaths = (root: string): ContentPaths => ({
  root,
  sources: 'content/sources',
  vendors: 'content/vendors.yml',
  surfaces: 'content/surfaces.yml',
});

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
  for (const name of sourceFileNames(join(paths.root, paths.sources))) {
    const path = join(paths.root, paths.sources, name);
    const result = readSourceDocument(relative(paths.root, path), readFileSync(path, 'utf8'), registry);
    diagnostics.push(...result.diagnostics);
    if (result.document) documents.push(result.document);
  }
  const catalog = buildCatalog(documents, registry, diagnostics);
  return { registry, documents, catalog, diagnostics };
}

/** The `*.md` files of the sources folder, sorted so builds are reproducible. */
export function sourceFileNames(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.md') && !name.startsWith('_')).sort();
}

function readRegistryFile<T extends z.ZodType>(paths: ContentPaths, file: string, schema: T, diagnostics: Diagnostic[]): z.infer<T> {
  try {
    const parsed = schema.safeParse(parseYaml(readFileSync(join(paths.root, file), 'utf8')));
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      diagnostics.push({ severity: 'error', file, line: 1, message: `"${issue.path.join('.')}": ${issue.message}`,
        action: 'each entry needs the fields listed at the top of the file' });
    }
  } catch (error) {
    diagnostics.push({ severity: 'error', file, line: 1, message: `cannot be read: ${(error as Error).message.split('\n')[0]}`,
      action: 'fix the file (it is YAML: one entry per slug)' });
  }
  return {} as z.infer<T>;
}
