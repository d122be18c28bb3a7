/**
 * How the catalog reaches the content loaders. Astro loads the Astro config (where the
 * catalog integration lives) and the content config (where the loaders are) as two module
 * graphs in one process, so a variable of a shared module would be two variables: the
 * hand-over is one typed slot per content folder on the global object, holding a function
 * that gives the folder's catalog as it is now.
 *
 * - In a build, the catalog integration's worker (catalog-worker.ts) reads the folder
 *   while Astro starts; the function gives what it read.
 * - Otherwise (`astro dev`, `astro sync`) the integration reads the folder in Astro's
 *   thread (dev-content.ts), again after each change; the loaders ask again on every edit.
 */
import { resolve } from 'node:path';
import type { ContentResult } from '../libs/read-content.ts';

/** What the loaders and the site files need of a content folder. */
export type CatalogContent = Pick<ContentResult, 'catalog' | 'registry' | 'categories' | 'removed' | 'diagnostics'>;

/** The folder's catalog as it is now. */
export type CatalogSource = () => Promise<CatalogContent>;

const SLOTS = Symbol.for('push-error-codes:catalog-handover');
const slots: Map<string, CatalogSource> = ((globalThis as { [SLOTS]?: Map<string, CatalogSource> })[SLOTS] ??= new Map());

/** Where the loaders get the content folder's catalog from. */
export function handOver(root: string, contentDir: string, source: CatalogSource): void {
  slots.set(resolve(root, contentDir), source);
}

/** The content folder's catalog, as it is now. */
export function takeOver(root: string, contentDir: string): Promise<CatalogContent> {
  const source = slots.get(resolve(root, contentDir));
  if (!source) throw new Error(`no catalog was handed over for ${contentDir}/: the catalog integration (src/build/catalog-integration.ts) must be in astro.config.mjs, with the same content folder`);
  return source();
}
