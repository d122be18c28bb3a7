/**
 * Pagefind's index of the search records (libs/search-records.ts), as the files of the
 * site's `pagefind/` folder. The records are added in catalog order, the order of the
 * index Pagefind writes: the same sources give the same files.
 */
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../libs/search-records.ts';

/** The index's files (`pagefind/…` → contents); Pagefind's process has exited when it resolves. */
export async function indexSearchRecords(records: readonly SearchRecord[]): Promise<[string, Uint8Array][]> {
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const { files, errors: fileErrors } = await index.getFiles();
    const problems = [...added.flatMap((a) => a.errors), ...fileErrors];
    if (problems.length > 0) throw new Error(`Pagefind could not index the codes:\n${problems.join('\n')}`);
    return files.map(({ path, content }) => [`pagefind/${path}`, content]);
  } finally {
    await pagefind.close();
  }
}
