/**
 * The catalog's way to Astro, as an integration. What runs at build time, in order:
 *
 * 1. `astro:config:setup`: a worker thread (catalog-worker.ts) starts reading the content
 *    folder while Astro starts; the catalog it sends back is handed over to the content
 *    loaders (catalog-handover.ts), so the sources are parsed once, never in Astro's thread.
 *    It then makes the search records (libs/search-records.ts) and, with `searchIndex:
 *    'in-build'` or up to 5,000 codes, Pagefind's index of them (search-index.ts).
 * 2. `astro:build:setup`: once Astro has emptied the output folder, the worker writes the
 *    site files there (libs/site-files.ts: codes.json, each code's JSON, the exact-code
 *    search shards, the pages of numbers one catalog uses) and the search index.
 * 3. `astro:build:done`: the build waits for the worker and logs what it wrote. Records the
 *    worker did not index (`searchIndex: 'to-parent'`, above 5,000 codes) go to the process
 *    that started Astro (scripts/build.mjs), which indexes them once Astro has exited.
 *
 * On a machine with two cores this work costs the build next to no time. Outside a build
 * (`astro dev`, `astro sync`) there is no worker: the catalog is read in Astro's thread,
 * again after each edit (dev-content.ts), and the dev server makes the same site files on
 * request (not the search index).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { SearchRecord } from '../libs/search-records.ts';
import type { SiteFiles } from '../libs/site-files.ts';
import { handOver, takeOver, type CatalogContent } from './catalog-handover.ts';
import { devCatalog } from './dev-content.ts';

export interface CatalogBuildOptions {
  /** The content folder, relative to the project's folder. */
  contentDir: string;
  /** The base path, `/` or `/errors/`. */
  base: string;
  /** The site's origin (SITE_URL), if the site has one. */
  site: string | undefined;
  /**
   * Who has Pagefind index the search records: the worker, while Astro starts (`in-build`,
   * what plain `astro build` does), or the process that started Astro, to which they are
   * sent over its IPC channel (`to-parent`: scripts/build.mjs, once Astro has exited, so
   * that Pagefind's memory never comes on top of Astro's).
   */
  searchIndex: 'in-build' | 'to-parent';
}

/** What the worker is started with. */
export interface CatalogJob extends CatalogBuildOptions {
  /** The project's folder. */
  root: string;
}

/** What the worker answers: first the catalog it read, then, once sent the output folder, what it wrote there. */
export type WorkerMessage = { content: CatalogContent } | { written: Written };
export interface Written {
  /** Site files written beside the pages. */
  files: number;
  /** Search records made, and the index's files written. */
  records: number;
  indexFiles: number;
  /** "417 codes in 14 catalogs; what to do: 410 of 416 described codes (98%) have a what to do - …" */
  catalogSummary: string;
  /** With `searchIndex: 'to-parent'`: the records, for the parent process. */
  searchRecords?: SearchRecord[];
}

/** What a build without SITE_URL says, once. */
export const NO_SITE_URL = 'SITE_URL is not set: pages copy the address they are served at, and codes.json and the canonical links are paths (set SITE_URL=https://your.host to give them the public origin).';

export function catalogBuild(options: CatalogBuildOptions): AstroIntegration {
  let root = process.cwd();
  let outDir = '';
  let worker: CatalogWorker | undefined;
  let writing: Promise<Written> | undefined;
  return {
    name: 'push-codes:catalog',
    hooks: {
      // Started as early as Astro lets an integration (this one comes first in astro.config.mjs):
      // the loaders wait for the catalog it reads.
      'astro:config:setup': ({ command, config }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') worker = startWorker({ ...options, root });
        else handOver(root, options.contentDir, devCatalog(root, options.contentDir));
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:setup': () => {
        writing ??= worker?.write(outDir);
      },
      'astro:build:start': ({ logger }) => {
        if (!options.site) logger.info(NO_SITE_URL);
      },
      'astro:build:done': async ({ logger, pages }) => {
        if (!writing) throw new Error('the catalog\'s worker never started writing: the build did not run astro:config:setup and astro:build:setup');
        const { files, records, indexFiles, catalogSummary, searchRecords } = await writing;
        const search = searchRecords ? `${records} search records for Pagefind to index once Astro has exited` : `${records} codes indexed by Pagefind (${indexFiles} files)`;
        logger.info(`${pages.length} pages, ${files} files beside them (codes.json, each code's JSON, the search shards, the pages of numbers one catalog uses), ${search}`);
        logger.info(catalogSummary);
        if (searchRecords) await new Promise<void>((sent, failed) => process.send!({ searchRecords, outDir }, undefined, {}, (error) => (error ? failed(error) : sent())));
      },
      'astro:server:setup': ({ server }) => serveSiteFiles(server, { ...options, root }),
    },
  };
}

interface CatalogWorker {
  /** Sends the worker the output folder; resolves to what it wrote there. */
  write(outDir: string): Promise<Written>;
}

/** Starts catalog-worker.ts and hands its catalog over to the loaders. */
function startWorker(job: CatalogJob): CatalogWorker {
  const worker = new Worker(new URL('./catalog-worker.ts', import.meta.url), { workerData: job });
  const content = Promise.withResolvers<CatalogContent>();
  const written = Promise.withResolvers<Written>();
  content.promise.catch(() => {}); // the loaders report it
  handOver(job.root, job.contentDir, () => content.promise);
  written.promise.catch(() => {}); // reported at astro:build:done, after Astro's own messages
  worker.on('message', (message: WorkerMessage) => {
    if ('written' in message) return written.resolve(message.written);
    content.resolve(message.content);
    // Until it is sent the output folder: a build that stops meanwhile (errors in the sources) does not wait for it.
    worker.unref();
  });
  const fail = (error: Error) => {
    content.reject(error);
    written.reject(error);
  };
  worker.once('error', fail);
  worker.once('exit', (code) => fail(new Error(`the catalog's worker stopped (exit ${code}) before writing the site files`)));
  return {
    write(outDir) {
      worker.ref();
      worker.postMessage(outDir);
      return written.promise;
    },
  };
}

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** `astro dev`: the site files, made from the catalog the loaders last read, again after any change in the content folder. */
function serveSiteFiles(server: DevServer, job: CatalogJob): void {
  let made: { from: Promise<CatalogContent>; files: Promise<SiteFiles> } | undefined;
  const contentFolder = join(job.root, job.contentDir);
  server.watcher.on('all', (_event, path) => {
    if (path.startsWith(contentFolder)) made = undefined;
  });
  const siteFilesOf = async (from: Promise<CatalogContent>) => {
    const [{ siteFiles }, { sitePages }] = await Promise.all([import('../libs/site-files.ts'), import('../libs/site-pages.ts')]);
    const { catalog, registry, categories, removed } = await from;
    const pages = sitePages({ entries: catalog.entries, groups: catalog.groups, categories, removed });
    return siteFiles({ pages, entries: catalog.entries, registry, categories, base: job.base, site: job.site });
  };
  server.middlewares.use(async (req, res, next) => {
    const path = decodeURI(new URL(req.url ?? '/', 'http://dev').pathname);
    if (!path.startsWith(job.base)) return next();
    try {
      const content = takeOver(job.root, job.contentDir);
      if (made?.from !== content) made = { from: content, files: siteFilesOf(content) };
      const files = await made.files;
      const relative = path.slice(job.base.length);
      const body = files.get(relative) ?? files.get(`${relative}index.html`);
      if (body === undefined) return next();
      res.setHeader('Content-Type', relative.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8');
      res.end(body);
    } catch (error) {
      next(error);
    }
  });
}
