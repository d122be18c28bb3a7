/** Writes files into a built site's folder, one at a time, making folders as needed. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes each `[path in the site, contents]`; returns how many it wrote. */
export function writeSiteFiles(outDir: string, files: Iterable<readonly [string, string | Uint8Array]>): number {
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
