/**
 * The catalog's worker thread (started by catalog-integration.ts for `astro build`):
 * 1. reads the content folder and sends the catalog back, for the loaders;
 * 2. makes the search records and, unless they go to the process that started Astro
 *    (`searchIndex: 'to-parent'`), has Pagefind index them while Astro is still starting;
 * 3. once sent the output folder (Astro has emptied it), writes the site files and the
 *    search index there, and answers what it wrote (with the records, for the parent).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultContentPaths, readContent } from '../libs/read-content.ts';
import { searchRecords } from '../libs/search-records.ts';
import { eachSiteFile } from '../libs/site-files.ts';
import { sitePages } from '../libs/site-pages.ts';
import type { CatalogJob, WorkerMessage } from './catalog-integration.ts';
import { writeSiteFiles } from './write-site-files.ts';

const job = workerData as CatalogJob;
const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);
const paths = defaultContentPaths(job.root, job.contentDir);

const { catalog, registry, categories, removed, diagnostics } = readContent(paths);
send({ content: { catalog, registry, categories, removed, diagnostics } });
// With errors in the sources the loaders stop the build: nothing to write.
if (!diagnostics.some((d) => d.severity === 'error')) {
  const names = new Map(categories.map((c) => [c.slug, c.name]));
  const records = searchRecords({ entries: catalog.entries, registry, categoryName: (slug) => names.get(slug) ?? slug });
  // Pagefind's module is loaded only when it indexes here.
  const searchIndex = job.searchIndex === 'in-build' ? await (await import('./search-index.ts')).indexSearchRecords(records) : [];
  const pages = sitePages({ entries: catalog.entries, groups: catalog.groups, categories, removed });

  const outDir = await new Promise<string>((received) => port.once('message', received));
  // Made as they are written, never all held at once: at 20,000 codes they would be most of the worker's memory.
  const files = writeSiteFiles(outDir, eachSiteFile({ pages, entries: catalog.entries, registry, base: job.base, site: job.site }));
  const indexFiles = writeSiteFiles(outDir, searchIndex);
  send({ written: { files, records: records.length, indexFiles, ...(job.searchIndex === 'to-parent' ? { searchRecords: records } : {}) } });
}
