/**
 * `npm run urls:update`: records the site's public URLs in content/published-urls.txt.
 * New URLs are added; a URL the sources no longer give is kept and dated, and the build
 * turns it into a "removed on …" page. Commit the file with the source change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultContentPaths, readContent } from '../src/libs/read-sources.ts';
import { formatPublishedUrls, parsePublishedUrls, publicPaths, updatePublishedUrls } from '../src/libs/published-urls.ts';

const root = join(import.meta.dirname, '..');
const paths = defaultContentPaths(root);
const file = join(root, paths.published);
const { catalog, diagnostics } = readContent(paths);
if (diagnostics.some((d) => d.severity === 'error')) {
  console.error('The sources have errors: run `npm run check:sources` and fix them first.');
  process.exit(1);
}
const list = existsSync(file) ? parsePublishedUrls(readFileSync(file, 'utf8')) : [];
const today = new Date().toISOString().slice(0, 10);
const { urls, added, removed } = updatePublishedUrls(list, publicPaths(catalog.entries, catalog.groups), today);
writeFileSync(file, formatPublishedUrls(urls));
console.log(`content/published-urls.txt: ${urls.length} URLs, ${added.length} added, ${removed.length} newly removed`);
for (const path of removed) console.log(`  removed ${today}: ${path}`);
