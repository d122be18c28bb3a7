/**
 * Content-layer loaders over `content/`: the catalog's codes, its groups (a vendor's codes
 * on one surface), the categories, the vendors and surfaces, and the removed URLs. All come from one
 * reading of the folder by `readContent`, which knows nothing of Astro; here they are
 * stored, diagnostics go to Astro's logger with their `file:line`, and `astro dev`
 * reloads when anything in the folder changes.
 *
 * They read nothing themselves: the catalog integration (src/build/) reads the folder (in a
 * build, in its worker while Astro starts) and hands it over (src/build/catalog-handover.ts),
 * so the parser is not part of the site's own bundle.
 *
 * The schemas give the collections their types; the entries are not parsed against them
 * again (`parseData`): the catalog was built from validated sources by code whose types
 * are the schemas' own (libs/catalog.ts), and at 20,000 codes a second validation would
 * cost the build time for nothing.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z, type ZodType } from 'zod';
import { catalogEntrySchema, catalogGroupSchema } from '../schemas/catalog.ts';
import type { CategoryDefinition } from '../libs/categories.ts';
import { removedUrlsSchema } from '../schemas/published-url.ts';
import { surfaceSchema, vendorSchema } from '../schemas/registry.ts';
import { formatDiagnostic, SourceError } from '../libs/diagnostics.ts';
import { defaultContentPaths, type ContentPaths } from '../libs/content-paths.ts';
import { takeOver, type CatalogContent } from '../build/catalog-handover.ts';

/** An entry of a collection: its id, its data, and the source file it comes from (relative to the project). */
type Select = (content: CatalogContent, paths: ContentPaths) => { id: string; data: Record<string, unknown>; filePath: string }[];

/** What one loader stores: its schema, its entries out of the catalog, and whether it reports the sources' diagnostics. */
interface Collection {
  schema: ZodType;
  select: Select;
  reportDiagnostics: boolean;
}

export interface CatalogLoaderOptions {
  /** The content folder, relative to the project root (CONTENT_DIR; default `content`). */
  contentDir?: string;
}

/** One entry per code: `{vendor}/{surface}/{slug}`. Reports the sources' diagnostics. */
export function codesLoader(options: CatalogLoaderOptions = {}): Loader {
  return contentLoader('push-codes', options, {
    schema: catalogEntrySchema,
    select: (content) => content.catalog.entries.map((e) => ({ id: e.id, data: e, filePath: e.meanings[0]!.source.file })),
    reportDiagnostics: true,
  });
}

/** One entry per catalog: `{vendor}/{surface}`. */
export function catalogsLoader(options: CatalogLoaderOptions = {}): Loader {
  return contentLoader('push-catalogs', options, {
    schema: catalogGroupSchema,
    select: (content) => content.catalog.groups.map((g) => ({ id: g.id, data: g, filePath: g.tables[0]!.file })),
    reportDiagnostics: false,
  });
}

/** One entry per category of content/categories.yml: its slug. Its diagnostics are the sources' (codesLoader). */
export function categoriesLoader(options: CatalogLoaderOptions = {}): Loader {
  return contentLoader('push-categories', options, {
    // Types only, like the others' (see the top): validated when content/categories.yml was read.
    schema: z.custom<CategoryDefinition>(),
    select: (content, paths) => content.categories.map((c) => ({ id: c.slug, data: { ...c }, filePath: paths.categories })),
    reportDiagnostics: false,
  });
}

/** One entry per vendor of content/vendors.yml: its slug. */
export function vendorsLoader(options: CatalogLoaderOptions = {}): Loader {
  return contentLoader('push-vendors', options, {
    schema: vendorSchema,
    select: (content, paths) => Object.entries(content.registry.vendors).map(([id, data]) => ({ id, data, filePath: paths.vendors })),
    reportDiagnostics: false,
  });
}

/** One entry per surface of content/surfaces.yml: its slug. */
export function surfacesLoader(options: CatalogLoaderOptions = {}): Loader {
  return contentLoader('push-surfaces', options, {
    schema: surfaceSchema,
    select: (content, paths) => Object.entries(content.registry.surfaces).map(([id, data]) => ({ id, data, filePath: paths.surfaces })),
    reportDiagnostics: false,
  });
}

/**
 * The published URLs whose code has left the sources, as one entry (`removed`): a
 * collection that is often empty would make Astro warn on every page that reads it.
 */
export function removedUrlsLoader(options: CatalogLoaderOptions = {}): Loader {
  return contentLoader('push-removed-urls', options, {
    schema: removedUrlsSchema,
    select: (content, paths) => [{ id: 'removed', data: { urls: content.removed }, filePath: paths.published }],
    reportDiagnostics: false,
  });
}

function contentLoader(name: string, { contentDir = 'content' }: CatalogLoaderOptions, { schema, select, reportDiagnostics }: Collection): Loader {
  if (isAbsolute(contentDir) || contentDir.split(/[\\/]/).includes('..')) {
    throw new Error(`${name}: contentDir must be a folder inside the project (got "${contentDir}")`);
  }
  return {
    name,
    schema,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      if (!existsSync(join(root, contentDir))) throw new Error(`${name}: the content folder ${contentDir}/ does not exist`);
      const paths = defaultContentPaths(root, contentDir);
      const sync = async () => syncData(context, await takeOver(root, contentDir), (content) => select(content, paths), reportDiagnostics);
      await sync();
      const watched = join(root, contentDir);
      context.watcher?.add(watched);
      context.watcher?.on('all', (_event, changed) => {
        if (!changed.startsWith(watched)) return;
        context.logger.info(`Reloading the catalog: ${relative(root, changed)} changed`);
        sync().catch((error) => {
          // Keep the dev server up with the last good catalog; the error says what to fix.
          context.logger.error((error as Error).message);
        });
      });
    },
  };
}

function syncData(context: LoaderContext, content: CatalogContent, select: (content: CatalogContent) => ReturnType<Select>, reportDiagnostics: boolean): void {
  if (reportDiagnostics) {
    for (const d of content.diagnostics.filter((d) => d.severity === 'warning')) context.logger.warn(formatDiagnostic(d));
  }
  if (content.diagnostics.some((d) => d.severity === 'error')) {
    throw new AstroError(new SourceError(content.diagnostics).message,
      'Each line names a source file and line, what is wrong, and what to change. `npm run check:sources` lists them without building.');
  }
  context.store.clear();
  for (const { id, data, filePath } of select(content)) {
    context.store.set({ id, data, filePath, digest: context.generateDigest(data) });
  }
}
