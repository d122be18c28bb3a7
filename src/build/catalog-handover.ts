/**
 * How the catalog reaches the content loaders. Astro loads the Astro config (where the
 * catalog integration starts reading the sources) and the content config (where the
 * loaders are) as two module graphs in one process, so a variable of a shared module
 * would be two variables: the hand-over is one typed slot per content folder on the
 * global object.
 *
 * - In a build, the catalog's worker (catalog-worker.ts) reads the content folder while
 *   Astro starts and the integration puts its answer here; the loaders take it.
 * - In `astro dev` the loaders read the folder themselves (again after each edit) and put
 *   what they read here, for the integration's dev server to make the site files from.
 */
import { resolve } from 'node:path';
import type { ContentResult } from '../libs/read-content.ts';

/** What the loaders and the site files need of a content folder. */
export type CatalogContent = Pick<ContentResult, 'catalog' | 'registry' | 'categories' | 'removed' | 'diagnostics'>;

const SLOTS = Symbol.for('push-error-codes:catalog-handover');
const slots: Map<string, Promise<CatalogContent>> = ((globalThis as { [SLOTS]?: Map<string, Promise<CatalogContent>> })[SLOTS] ??= new Map());

/** Leaves the content folder's catalog (as it will be read) for the other side. */
export function handOver(root: string, contentDir: string, content: Promise<CatalogContent>): void {
  content.catch(() => {}); // whoever takes it reports the failure
  slots.set(resolve(root, contentDir), content);
}

/** The content folder's catalog, if one was handed over. */
export function takeOver(root: string, contentDir: string): Promise<CatalogContent> | undefined {
  return slots.get(resolve(root, contentDir));
}
