/**
 * What the site has besides its pages: the files of libs/site-files.ts (codes.json,
 * each code's JSON, the exact-code search shards, the pages of numbers one catalog
 * uses) and the Pagefind search index of libs/search-records.ts, all made from the
 * catalog in plain TypeScript.
 *
 * In a build they are the work of one worker thread (site-files-worker.ts), so that on
 * a machine with a second core they cost the build next to no time. It starts with the
 * build (`astro:config:done`) and reads the sources while Astro starts; the content
 * loaders take the catalog it read (shared-content.ts), so the sources are parsed once
 * and never in Astro's thread. It then makes the files and the search records, writes
 * them once Astro has emptied the output folder (`astro:build:setup`), and the build
 * waits for it at `astro:build:done`. Pagefind indexes the records in the worker too,
 * unless scripts/build.mjs asks for them (SEARCH_RECORDS_FILE) to index them once Astro
 * has exited: Pagefind's memory then never comes on top of Astro's.
 *
 * `astro dev` serves the same files on request (not the search index), made from the
 * catalog as the loaders last read it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { SiteFiles, SiteFilesInput } from '../libs/site-files.ts';
import { shelveContent, shelvedContent, type CatalogContent } from './shared-content.ts';

export interface SiteFilesOptions {
  /** The content folder, relative to the project's folder. */
  contentDir: string;
  /** The base path, `/` or `/errors/`. */
  base: string;
  /** The site's origin. */
  site: string;
}

/** What the worker is started with. */
export interface SiteFilesJob extends SiteFilesOptions {
  /** The project's folder. */
  root: string;
  /**
   * Where to write the search records (JSON) instead of indexing them: set by
   * scripts/build.mjs (SEARCH_RECORDS_FILE), which indexes them once Astro has exited.
   */
  searchRecordsFile?: string | undefined;
}

/** What the worker answers: first the catalog it read, then, once sent the output folder, what it wrote there. */
export type WorkerMessage = { content: CatalogContent } | { written: Written };
export interface Written {
  files: number;
  records: number;
}

/** The input of libs/site-files.ts: the catalog, and the removed URLs of its content folder. */
export async function siteFilesInput(
  { catalog, registry }: Pick<CatalogContent, 'catalog' | 'registry'>, { root, contentDir, base, site }: SiteFilesJob,
): Promise<SiteFilesInput> {
  const [{ readRemovedUrls }, { defaultContentPaths }] = await Promise.all([import('../libs/published-urls.ts'), import('../libs/content-paths.ts')]);
  return { entries: catalog.entries, registry, removed: readRemovedUrls(defaultContentPaths(root, contentDir)), base, site };
}

/** Writes files into a built site's folder, one at a time; returns how many. */
export function writeSiteFiles(outDir: string, files: Iterable<[string, string]>): number {
  const folders = new Set<string>();
  let count = 0;
  for (const [path, body] of files) {
    const folder = dirname(join(outDir, path));
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(join(outDir, path), body);
    count++;
  }
  return count;
}

/**
 * Starts site-files-worker.ts. Its catalog is shelved for the loaders; `write` sends it
 * the output folder and resolves to what it wrote.
 */
function startWorker(job: SiteFilesJob): { write(outDir: string): Promise<Written> } {
  // Node's compile cache, which Astro turns on for its own thread, is off in worker threads:
  // without it the worker compiles the Markdown parser's modules afresh in every build.
  const workerModule = JSON.stringify(new URL('./site-files-worker.ts', import.meta.url).href);
  // scripts/build.mjs starts the heap at 256 MB (--initial-old-space-size) so that Astro's
  // thread collects less often. The worker holds about 50 MB at 20,000 codes; started that
  // large, it kept its parsing's garbage instead (1.46 GB peak there, against 1.35 GB). The
  // flag is read when a thread's heap is made: reset here, the worker's starts at V8's default.
  setFlagsFromString('--initial-old-space-size=0');
  const worker = new Worker(`require('node:module').enableCompileCache?.(); import(${workerModule});`, { eval: true, workerData: job });
  const content = Promise.withResolvers<CatalogContent>();
  const written = Promise.withResolvers<Written>();
  shelveContent(job.root, job.contentDir, content.promise);
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
  worker.once('exit', (code) => fail(new Error(`the site files' worker stopped (exit ${code}) before writing them`)));
  return {
    write(outDir) {
      worker.ref();
      worker.postMessage(outDir);
      return written.promise;
    },
  };
}

export function siteFilesIntegration(options: SiteFilesOptions): AstroIntegration {
  let building = false;
  let root = process.cwd();
  let outDir = '';
  let worker: ReturnType<typeof startWorker> | undefined;
  let writing: Promise<Written> | undefined;
  return {
    name: 'push-codes:site-files',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        if (building) worker = startWorker({ ...options, root, searchRecordsFile: process.env.SEARCH_RECORDS_FILE || undefined });
      },
      'astro:build:setup': () => {
        writing ??= worker?.write(outDir);
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) throw new Error('the site files were never started: the build did not run astro:config:setup and astro:build:setup');
        const { files, records } = await writing;
        const search = process.env.SEARCH_RECORDS_FILE ? `${records} search records for Pagefind` : `${records} codes indexed by Pagefind`;
        logger.info(`${files} files written beside the pages (codes.json, each code's JSON, the search shards, the pages of numbers one catalog uses), and ${search}`);
      },
      'astro:server:setup': ({ server }) => {
        // Made again when the loaders have read the sources again, or anything in the content folder changed.
        let made: { from: Promise<CatalogContent>; files: Promise<SiteFiles> } | undefined;
        const contentFolder = join(root, options.contentDir);
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(contentFolder)) made = undefined;
        });
        const siteFilesOf = async (from: Promise<CatalogContent>) => {
          const { siteFiles } = await import('../libs/site-files.ts');
          return siteFiles(await siteFilesInput(await from, { ...options, root }));
        };
        server.middlewares.use(async (req, res, next) => {
          const path = decodeURI(new URL(req.url ?? '/', 'http://dev').pathname);
          if (!path.startsWith(options.base)) return next();
          try {
            const content = shelvedContent(root, options.contentDir);
            if (!content) throw new Error('the site files need the catalog, and the content loaders have not read it');
            if (made?.from !== content) made = { from: content, files: siteFilesOf(content) };
            const files = await made.files;
            const relative = path.slice(options.base.length);
            const body = files.get(relative) ?? files.get(`${relative}index.html`);
            if (body === undefined) return next();
            res.setHeader('Content-Type', relative.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8');
            res.end(body);
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
