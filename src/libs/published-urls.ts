/**
 * The URLs the site has published, kept in `content/published-urls.txt` so that a link
 * pasted into a ticket keeps working: a build must still produce every one of them,
 * and a code that leaves the sources leaves a "removed on …" page behind.
 *
 * The file holds one site path per line (relative to the base path), optionally
 * followed by `removed YYYY-MM-DD`; `#` starts a comment.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogEntry, CatalogGroup } from '../schemas/catalog.ts';
import { categoryPath, readCategories, type Category } from './categories.ts';
import type { ContentPaths } from './content-paths.ts';

export interface PublishedUrl {
  path: string;
  /** The day the path's code left the sources. */
  removed?: string | undefined;
}

const LINE = /^(\/\S*)(?:\s+removed\s+(\d{4}-\d{2}-\d{2}))?$/;

export function parsePublishedUrls(text: string, file = 'content/published-urls.txt'): PublishedUrl[] {
  return text.split('\n').flatMap((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return [];
    const match = LINE.exec(line);
    if (!match) throw new Error(`${file}:${i + 1}: "${line}" is not a site path (optionally followed by "removed YYYY-MM-DD") — fix the line`);
    return [{ path: match[1]!, removed: match[2] }];
  });
}

/** A published URL whose code has left the sources. */
export type RemovedUrl = PublishedUrl & { removed: string };

/**
 * The published URLs of the content folder whose code has left the sources. A folder
 * that has never been published (a test fixture) has no list, and none.
 */
export function readRemovedUrls(paths: Pick<ContentPaths, 'root' | 'published'>): RemovedUrl[] {
  const file = join(paths.root, paths.published);
  if (!existsSync(file)) return [];
  return parsePublishedUrls(readFileSync(file, 'utf8'), paths.published).filter((u): u is RemovedUrl => u.removed !== undefined);
}

export function formatPublishedUrls(urls: readonly PublishedUrl[]): string {
  const header = '# Every URL the site has published (relative to the base path). Tests keep them alive;\n' +
    '# `npm run urls:update` adds new ones and dates the ones whose code left the sources.\n';
  return header + urls.map((u) => (u.removed ? `${u.path} removed ${u.removed}` : u.path)).join('\n') + '\n';
}

/**
 * Every public path the catalog and the categories give the site. The categories are
 * read from content/categories.yml unless given.
 */
export function publicPaths(
  entries: readonly CatalogEntry[],
  groups: readonly CatalogGroup[],
  categories: readonly Pick<Category, 'slug'>[] = readCategories(join(import.meta.dirname, '../..')).categories,
): string[] {
  const paths = new Set(['/', '/about/', '/code/', '/codes.json', '/category/']);
  for (const category of categories) paths.add(`/${categoryPath(category)}`);
  for (const group of groups) paths.add(`/${group.vendor}/`).add(`/${group.id}/`);
  for (const entry of entries) {
    paths.add(`/${entry.id}/`).add(`/${entry.id}.json`);
    if (entry.numeric) paths.add(`/code/${entry.code}/`);
  }
  return [...paths];
}

/** Adds the paths the site has now and dates those it no longer has. */
export function updatePublishedUrls(list: readonly PublishedUrl[], current: readonly string[], today: string) {
  const now = new Set(current);
  const known = new Set(list.map((u) => u.path));
  const removed: string[] = [];
  const updated = list.map((u) => {
    if (now.has(u.path)) return { path: u.path };
    if (!u.removed) removed.push(u.path);
    return { path: u.path, removed: u.removed ?? today };
  });
  const added = current.filter((path) => !known.has(path));
  const urls = [...updated, ...added.map((path) => ({ path }))].sort((a, b) => a.path.localeCompare(b.path, 'en'));
  return { urls, added, removed };
}

/** The parts of a code page's path: `/huawei/server/80300007/`. */
export function codePagePath(path: string): { vendor: string; surface: string; code: string } | null {
  const match = /^\/([a-z0-9-]+)\/([a-z0-9-]+)\/([^/]+)\/$/.exec(path);
  return match && match[1] !== 'code' ? { vendor: match[1]!, surface: match[2]!, code: decodeURIComponent(match[3]!) } : null;
}
