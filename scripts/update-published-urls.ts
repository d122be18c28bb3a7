/**
 * `npm run urls:update`: records the site's public URLs in content/published-urls.txt.
 * New URLs are added; a URL the sources no longer give is kept and dated, and the build
 * turns it into a "removed on …" page. Commit the file with the source change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultContentPaths, readContent } from '../src/libs/read-content.ts';
import { formatPublishedUrls, parsePublishedUrls, updatePublishedUrls } from '../src/libs/published-urls.ts';
import { publicPaths, sitePages } from '../src/libs/site-pages.ts';

const root = join(import.meta.dirname, '..');
const paths = defaultContentPaths(root);
const file = join(root, paths.published);
const { catalog, categories, removed, diagnostics } = readContent(paths);
if (diagnostics.some((d) => d.severity === 'error')) {
  console.error('The sources have errors: run `npm run check:sources` and fix them first.');
  process.exit(1);
}
const list = existsSync(file) ? parsePublishedUrls(readFileSync(file, 'utf8')).urls : [];
const today = new Date().toISOString().slice(0, 10);
const current = publicPaths(sitePages({ entries: catalog.entries, groups: catalog.groups, categories, removed }));
const { urls, added, removed: newlyRemoved } = updatePublishedUrls(list, current, today);
writeFileSync(file, formatPublishedUrls(urls));
console.log(`content/published-urls.txt: ${urls.length} URLs, ${added.length} added, ${newlyRemoved.length} newly removed`);
for (const path of newlyRemoved) console.log(`  removed ${today}: ${path}`);
