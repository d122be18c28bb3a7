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
import { maintainersPath } from '../libs/urls.ts';
import { whatToDoCoverage, whatToDoLine } from '../libs/what-to-do.ts';
import type { CatalogJob, WorkerMessage } from './catalog-integration.ts';
import { writeSiteFiles } from './write-site-files.ts';

/**
 * Up to this many codes Pagefind indexes here, while Astro starts, and costs the build no
 * time (0.1 s less at the real sources than after Astro). Above, its process would come on
 * top of Astro's memory (0.5 GB at 20,000 codes: 1.87 GB at the peak against 1.33 GB), so
 * with `searchIndex: 'to-parent'` the records go to scripts/build.mjs, which indexes them
 * once Astro has exited.
 */
const INDEX_HERE_UP_TO = 5_000;
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
  const here = job.searchIndex === 'in-build' || records.length <= INDEX_HERE_UP_TO;
  // Pagefind's module is loaded only when it indexes here.
  const searchIndex = here ? await (await import('./search-index.ts')).indexSearchRecords(records) : [];
  const pages = sitePages({ entries: catalog.entries, groups: catalog.groups, categories, removed });

  const outDir = await new Promise<string>((received) => port.once('message', received));
  // Made as they are written, never all held at once: at 20,000 codes they would be most of the worker's memory.
  const files = writeSiteFiles(outDir, eachSiteFile({ pages, entries: catalog.entries, registry, categories, base: job.base, site: job.site }));
  const indexFiles = writeSiteFiles(outDir, searchIndex);
  const catalogSummary = `${catalog.entries.length} codes in ${catalog.groups.length} catalogs; ${whatToDoLine(whatToDoCoverage(catalog.entries), `/${maintainersPath}`)}`;
  send({ written: { files, records: records.length, indexFiles, catalogSummary, ...(here ? {} : { searchRecords: records }) } });
}
