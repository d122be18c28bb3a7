/**
 * The worker thread of integrations/site-files.ts: reads the content folder and sends
 * the catalog back; makes the site files and the search records from it; once sent the
 * output folder, writes the files there, and the search index too (or only the records,
 * to the job's `searchRecordsFile`, for scripts/build.mjs to index); answers what it wrote.
 */
import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { buildCategoryIndex, readCategories } from '../libs/categories.ts';
import { defaultContentPaths, readContent } from '../libs/read-sources.ts';
import { searchRecords } from '../libs/search-records.ts';
import { eachSiteFile } from '../libs/site-files.ts';
import { siteFilesInput, writeSiteFiles, type SiteFilesJob, type WorkerMessage } from './site-files.ts';

const job = workerData as SiteFilesJob;
const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);
const paths = defaultContentPaths(job.root, job.contentDir);

const { catalog, registry, diagnostics } = readContent(paths);
send({ content: { catalog, registry, diagnostics } });
// With errors in the sources the loaders stop the build: nothing to write.
if (!diagnostics.some((d) => d.severity === 'error')) await makeAndWrite({ catalog, registry });

async function makeAndWrite(content: Parameters<typeof siteFilesInput>[0]) {
  // Errors in the categories stop the build in utils/site-data.ts; what is valid is used here as there.
  const categories = buildCategoryIndex(content.catalog.entries, readCategories(job.root, paths.categories).categories);
  const records = searchRecords({ entries: content.catalog.entries, registry: content.registry, categoriesOf: (entry) => categories.of(entry) });

  const outDir = await new Promise<string>((received) => port.once('message', received));
  // Made as they are written, never all held at once: at 20,000 codes they would be most of the worker's memory.
  const files = writeSiteFiles(outDir, eachSiteFile(await siteFilesInput(content, job)));
  if (job.searchRecordsFile) writeFileSync(job.searchRecordsFile, JSON.stringify(records));
  else await (await import('./search-index.ts')).startSearchIndex().write(records, outDir);
  send({ written: { files, records: records.length } });
}
