/**
 * The catalog outside a build (`astro dev`, `astro sync`, `astro check`): the content
 * folder read in Astro's thread, once per change of its files, for the loaders and the
 * dev server's site files. A build reads it in the catalog's worker instead.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultContentPaths, sourceFileNames } from '../libs/content-paths.ts';
import type { CatalogContent, CatalogSource } from './catalog-handover.ts';

export function devCatalog(root: string, contentDir: string): CatalogSource {
  const paths = defaultContentPaths(root, contentDir);
  let read: { key: string; content: Promise<CatalogContent> } | undefined;
  return () => {
    // Every file readContent reads, with its time and size: an edit to any of them reads the folder again.
    let sources: string[] = [];
    try {
      sources = sourceFileNames(join(root, paths.sources)).map((name) => join(paths.sources, name));
    } catch {}
    const key = [paths.vendors, paths.surfaces, paths.categories, paths.published, paths.anchors, ...sources].map((file) => {
      const stat = statSync(join(root, file), { throwIfNoEntry: false });
      return `${file}:${stat?.mtimeMs}:${stat?.size}`;
    }).join('\n');
    if (read?.key !== key) read = { key, content: import('../libs/read-content.ts').then(({ readContent }) => readContent(paths)) };
    return read.content;
  };
}
