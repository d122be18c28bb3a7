/**
 * The catalog's worker thread (started by catalog-integration.ts for `astro build`):
 * 1. reads the content folder and sends the catalog back, for the loaders;
 * 2. makes the search records and has Pagefind index them, while Astro is still starting;
 * 3. once sent the output folder (Astro has emptied it), writes the site files and the
 *    search index there, and answers what it wrote.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildCategoryIndex, compileCategory } from '../libs/categories.ts';
import { defaultContentPaths, readContent } from '../libs/read-content.ts';
import { searchRecords } from '../libs/search-records.ts';
import { eachSiteFile } from '../libs/site-files.ts';
import { sitePages } from '../libs/site-pages.ts';
import type { CatalogJob, WorkerMessage } from './catalog-integration.ts';
import { indexSearchRecords } from './search-index.ts';
import { writeSiteFiles } from './write-site-files.ts';

const job = workerData as CatalogJob;
const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);
const paths = defaultContentPaths(job.root, job.contentDir);

const { catalog, registry, categories, removed, diagnostics } = readContent(paths);
send({ content: { catalog, registry, categories, removed, diagnostics } });
// With errors in the sources the loaders stop the build: nothing to write.
if (!diagnostics.some((d) => d.severity === 'error')) {
  const categoryIndex = buildCategoryIndex(catalog.entries, categories.map((c) => compileCategory(c)));
  const records = searchRecords({ entries: catalog.entries, registry, categoriesOf: (entry) => categoryIndex.of(entry) });
  // Indexed now, while Astro starts: Pagefind's own process (0.5 GB at 20,000 codes) has
  // exited before Astro renders the pages, where its memory would come on top of Astro's.
  const searchIndex = await indexSearchRecords(records);
  const pages = sitePages({ entries: catalog.entries, groups: catalog.groups, categories, removed });

  const outDir = await new Promise<string>((received) => port.once('message', received));
  // Made as they are written, never all held at once: at 20,000 codes they would be most of the worker's memory.
  const files = writeSiteFiles(outDir, eachSiteFile({ pages, entries: catalog.entries, registry, base: job.base, site: job.site }));
  const indexFiles = writeSiteFiles(outDir, searchIndex);
  send({ written: { files, records: records.length, indexFiles } });
}
