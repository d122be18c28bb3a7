/**
 * `npm run urls:update`: records the site's public URLs in content/published-urls.txt,
 * and the anchors of its code pages in content/published-anchors.txt. New URLs and
 * anchors are added; a URL the sources no longer give is kept and dated, and the build
 * turns it into a "removed on …" page; an anchor no meaning has any more is reported,
 * to be given the anchor of the meaning it should reach. Commit both files with the
 * source change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../src/libs/diagnostics.ts';
import { defaultContentPaths, readContent } from '../src/libs/read-content.ts';
import { formatPublishedAnchors, parsePublishedAnchors, updatePublishedAnchors } from '../src/libs/published-anchors.ts';
import { formatPublishedUrls, parsePublishedUrls, updatePublishedUrls } from '../src/libs/published-urls.ts';
import { publicPaths, sitePages } from '../src/libs/site-pages.ts';

const root = join(import.meta.dirname, '..');
const paths = defaultContentPaths(root);
const file = join(root, paths.published);
const anchorsFile = join(root, paths.anchors);
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

// A site published before the anchor list existed linked each meaning by its line (`#tpns-rest-api-l12`):
// those anchors are recorded once, with the meaning at that line now, before the sources change.
const withLineAnchors = !existsSync(anchorsFile) && list.length > 0;
const anchorList = existsSync(anchorsFile) ? parsePublishedAnchors(readFileSync(anchorsFile, 'utf8'), paths.anchors).anchors : [];
const anchors = updatePublishedAnchors(anchorList, catalog.entries, withLineAnchors);
writeFileSync(anchorsFile, formatPublishedAnchors(anchors.anchors));
console.log(`content/published-anchors.txt: ${anchors.anchors.length} anchors, ${anchors.added.length} added${withLineAnchors ? ' (with the line anchors published before the list existed)' : ''}`);
for (const d of diagnostics.filter((d) => d.file === paths.anchors)) console.log(`  ${formatDiagnostic(d)}`);
