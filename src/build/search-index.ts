/**
 * Pagefind's index of the search records (libs/search-records.ts), written into
 * `{outDir}/pagefind/`. The records are added in catalog order, the order of the index
 * Pagefind writes: the same sources give the same files.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../libs/search-records.ts';

/** Starts Pagefind's service now, so that it is ready when the records are. */
export function startSearchIndex(): { write(records: readonly SearchRecord[], outDir: string): Promise<void>; close(): Promise<void> } {
  const creating = pagefind.createIndex();
  creating.catch(() => {}); // reported by write
  return {
    async write(records, outDir) {
      try {
        const { index, errors } = await creating;
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        const problems = [...added.flatMap((a) => a.errors), ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind could not index the codes:\n${problems.join('\n')}`);
      } finally {
        await pagefind.close();
      }
    },
    close: async () => {
      await pagefind.close();
    },
  };
}
