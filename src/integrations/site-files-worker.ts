/**
 * The worker thread of integrations/site-files.ts: reads the content folder and sends
 * the catalog back; makes the site files and the search index from it; writes them into
 * the output folder once it is sent it, and answers what it wrote.
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { buildCategoryIndex, readCategories } from '../libs/categories.ts';
import { defaultContentPaths, readContent } from '../libs/read-sources.ts';
import { searchRecords } from '../libs/search-records.ts';
import { siteFiles } from '../libs/site-files.ts';
import { siteFilesInput, writeSiteFiles, type SiteFilesJob, type WorkerMessage } from './site-files.ts';

const job = workerData as SiteFilesJob;
const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);
const paths = defaultContentPaths(job.root, job.contentDir);

const { catalog, registry, diagnostics } = readContent(paths);
send({ content: { catalog, registry, diagnostics } });
// With errors in the sources the loaders stop the build: nothing to write.
if (!diagnostics.some((d) => d.severity === 'error')) {
  try {
    await makeAndWrite({ catalog, registry });
  } finally {
    await pagefind.close();
  }
}

async function makeAndWrite(content: Parameters<typeof siteFilesInput>[0]) {
  const creating = pagefind.createIndex(); // its service starts while the files are made
  const files = siteFiles(await siteFilesInput(content, job));
  // Errors in the categories stop the build in utils/site-data.ts; what is valid is used here as there.
  const categories = buildCategoryIndex(content.catalog.entries, readCategories(job.root, paths.categories).categories);
  const records = searchRecords({ entries: content.catalog.entries, registry: content.registry, categoriesOf: (entry) => categories.of(entry) });
  const { index, errors } = await creating;
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Added in catalog order, the order of the index Pagefind writes: the same sources give the same files.
  const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));

  const outDir = await new Promise<string>((received) => port.once('message', received));
  writeSiteFiles(outDir, files);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  const problems = [...added.flatMap((a) => a.errors), ...written.errors];
  if (problems.length > 0) throw new Error(`Pagefind could not index the codes:\n${problems.join('\n')}`);
  send({ written: { files: files.size, records: added.length } });
}
