/**
 * Where a content folder keeps each kind of file. Kept apart from read-content.ts (and
 * its Markdown parser) so that the Astro config, which needs only names, loads quickly.
 */
import { readdirSync } from 'node:fs';

export interface ContentPaths {
  /** The project root: file names in diagnostics are relative to it. */
  root: string;
  /** Folder of the source documents (`*.md`), relative to root. */
  sources: string;
  vendors: string;
  surfaces: string;
  /** This site's categories (libs/categories.ts). */
  categories: string;
  /** The URLs the site has published (libs/published-urls.ts). */
  published: string;
  /** The anchors of code pages the site has published (libs/published-anchors.ts). */
  anchors: string;
}

/** The files of a content folder (`content/` unless CONTENT_DIR says otherwise). */
export const defaultContentPaths = (root: string, dir = 'content'): ContentPaths => ({
  root,
  sources: `${dir}/sources`,
  vendors: `${dir}/vendors.yml`,
  surfaces: `${dir}/surfaces.yml`,
  categories: `${dir}/categories.yml`,
  published: `${dir}/published-urls.txt`,
  anchors: `${dir}/published-anchors.txt`,
});

/** The `*.md` files of the sources folder, sorted so builds are reproducible. */
export function sourceFileNames(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.md') && !name.startsWith('_')).sort();
}
