/**
 * Content-layer loaders over `content/`: the catalog's codes and its groups (a vendor's
 * codes on one surface). Both read the sources through `readContent`, which knows
 * nothing of Astro; here they are stored, diagnostics go to Astro's logger with their
 * `file:line`, and `astro dev` reloads when a source changes.
 *
 * In a build the sources have already been read, by a worker thread while Astro started
 * (integrations/site-files.ts): the loaders take that catalog from the shelf
 * (integrations/shared-content.ts), and the Markdown parser never loads in Astro's thread.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ZodType } from 'zod';
import { catalogEntrySchema, catalogGroupSchema } from '../schemas/catalog.ts';
import { formatDiagnostic, SourceError } from '../libs/diagnostics.ts';
import { defaultContentPaths, sourceFileNames, type ContentPaths } from '../libs/content-paths.ts';
import { shelveContent, shelvedContent, type CatalogContent } from '../integrations/shared-content.ts';

type Select = (content: CatalogContent) => { id: string; data: Record<string, unknown> }[];

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
    select: (content) => content.catalog.entries.map((e) => ({ id: e.id, data: e })),
    reportDiagnostics: true,
  });
}

/** One entry per catalog: `{vendor}/{surface}`. */
export function catalogsLoader(options: CatalogLoaderOptions = {}): Loader {
  return contentLoader('push-catalogs', options, {
    schema: catalogGroupSchema,
    select: (content) => content.catalog.groups.map((g) => ({ id: g.id, data: g })),
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
      // A build has no watcher: it takes what the build's worker read, if it did.
      const sync = async (fromShelf: boolean) => syncData(context, await catalogContent(paths, contentDir, fromShelf), select, reportDiagnostics);
      await sync(!context.watcher);
      const watched = join(root, contentDir);
      context.watcher?.add(watched);
      context.watcher?.on('all', (_event, changed) => {
        if (!changed.startsWith(watched)) return;
        context.logger.info(`Reloading the catalog: ${relative(root, changed)} changed`);
        sync(false).catch((error) => {
          // Keep the dev server up with the last good catalog; the error says what to fix.
          context.logger.error((error as Error).message);
        });
      });
    },
  };
}

function syncData(context: LoaderContext, content: CatalogContent, select: Select, reportDiagnostics: boolean): void {
  if (reportDiagnostics) {
    for (const d of content.diagnostics.filter((d) => d.severity === 'warning')) context.logger.warn(formatDiagnostic(d));
  }
  if (content.diagnostics.some((d) => d.severity === 'error')) {
    throw new AstroError(new SourceError(content.diagnostics).message,
      'Each line names a source file and line, what is wrong, and what to change. `npm run check:sources` lists them without building.');
  }
  context.store.clear();
  for (const { id, data } of select(content)) {
    context.store.set({ id, data, digest: context.generateDigest(data) });
  }
}

/**
 * The content folder's catalog: the one on the shelf if `fromShelf` and there is one;
 * otherwise read here, and shelved for `astro dev`'s site files.
 */
async function catalogContent(paths: ContentPaths, contentDir: string, fromShelf: boolean): Promise<CatalogContent> {
  const shelved = fromShelf ? shelvedContent(paths.root, contentDir) : undefined;
  if (shelved) return shelved;
  const content = readContentCached(paths);
  shelveContent(paths.root, contentDir, content);
  return content;
}

/** Both loaders reload on an edit: read the sources once per change of the content folder. */
let cache: { key: string; content: Promise<CatalogContent> } | undefined;

function readContentCached(paths: ContentPaths): Promise<CatalogContent> {
  const { root } = paths;
  const files = [paths.vendors, paths.surfaces, ...sourceFileNames(join(root, paths.sources)).map((n) => join(paths.sources, n))];
  const key = files.map((file) => {
    const stat = statSync(join(root, file));
    return `${file}:${stat.mtimeMs}:${stat.size}`;
  }).join('\n');
  if (cache?.key !== key) cache = { key, content: import('../libs/read-sources.ts').then(({ readContent }) => readContent(paths)) };
  return cache.content;
}
