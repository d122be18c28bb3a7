/**
 * A content folder's catalog, passed between the two module graphs Astro loads in one
 * process: the Astro config's (the integrations) and the content config's (the
 * loaders). A variable of a shared module would be two variables; the global object is one.
 *
 * - In a build, the site files' worker (site-files.ts) reads the content folder while
 *   Astro starts, and its answer is shelved here; the loaders take it instead of
 *   reading the folder again.
 * - When the loaders read a folder themselves (`astro dev`, after an edit), they shelve
 *   what they read, and `astro dev` makes the site files from it.
 */
import { resolve } from 'node:path';
import type { ContentResult } from '../libs/read-sources.ts';

/** What the loaders and the site files need of a content folder. */
export type CatalogContent = Pick<ContentResult, 'catalog' | 'registry' | 'diagnostics'>;

const KEY = Symbol.for('push-error-codes:content');
const shelf: Map<string, Promise<CatalogContent>> = ((globalThis as { [KEY]?: Map<string, Promise<CatalogContent>> })[KEY] ??= new Map());

export function shelveContent(root: string, contentDir: string, content: Promise<CatalogContent>): void {
  content.catch(() => {}); // whoever takes it reports the failure
  shelf.set(resolve(root, contentDir), content);
}

export function shelvedContent(root: string, contentDir: string): Promise<CatalogContent> | undefined {
  return shelf.get(resolve(root, contentDir));
}
