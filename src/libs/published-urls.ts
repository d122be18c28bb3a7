/**
 * The URLs the site has published, kept in `content/published-urls.txt` so that a link
 * pasted into a ticket keeps working: a build must still produce every one of them,
 * and a code that leaves the sources leaves a "removed on …" page behind.
 *
 * The file holds one site path per line (relative to the base path), optionally
 * followed by `removed YYYY-MM-DD`; `#` starts a comment. The site's current paths are
 * libs/site-pages.ts `publicPaths`.
 */
import { readContentText } from './content-files.ts';
import type { ContentPaths } from './content-paths.ts';
import type { Diagnostic } from './diagnostics.ts';

export interface PublishedUrl {
  path: string;
  /** The day the path's code left the sources. */
  removed?: string | undefined;
}

const LINE = /^(\/\S*)(?:\s+removed\s+(\d{4}-\d{2}-\d{2}))?$/;

/** The list's URLs, and a diagnostic for each line that is not one. */
export function parsePublishedUrls(text: string, file = 'content/published-urls.txt'): { urls: PublishedUrl[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const urls = text.split('\n').flatMap((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return [];
    const match = LINE.exec(line);
    if (match) return [{ path: match[1]!, removed: match[2] }];
    diagnostics.push({ severity: 'error', file, line: i + 1, message: `"${line}" is not a site path`,
      action: 'write one path per line, starting with "/", optionally followed by "removed YYYY-MM-DD"' });
    return [];
  });
  return { urls, diagnostics };
}

/** A published URL whose code has left the sources. */
export type RemovedUrl = PublishedUrl & { removed: string };

/**
 * The published URLs of the content folder whose code has left the sources. A folder
 * that has never been published (a test fixture) has no list, and none.
 */
export function readRemovedUrls(paths: Pick<ContentPaths, 'root' | 'published'>): { removed: RemovedUrl[]; diagnostics: Diagnostic[] } {
  const read = readContentText(paths.root, paths.published);
  if (!read.ok) {
    return { removed: [], diagnostics: read.missing ? [] : [{ severity: 'error', file: paths.published, line: read.line, message: read.message,
      action: read.action ?? 'make it a readable file: one published path per line (`npm run urls:update` writes it)' }] };
  }
  const { urls, diagnostics } = parsePublishedUrls(read.text, paths.published);
  return { removed: urls.filter((u): u is RemovedUrl => u.removed !== undefined), diagnostics };
}

export function formatPublishedUrls(urls: readonly PublishedUrl[]): string {
  const header = '# Every URL the site has published (relative to the base path). Tests keep them alive;\n' +
    '# `npm run urls:update` adds new ones and dates the ones whose code left the sources.\n';
  return header + urls.map((u) => (u.removed ? `${u.path} removed ${u.removed}` : u.path)).join('\n') + '\n';
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
