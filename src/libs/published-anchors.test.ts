/**
 * Anchors that survive edits to the source, and the published anchors that still reach
 * their meaning: a copy of the column-roles fixture is recorded, edited above a row, and
 * read again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../schemas/catalog.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { fixturesDir } from './__fixtures__/helpers.ts';
import { formatPublishedAnchors, parsePublishedAnchors, updatePublishedAnchors } from './published-anchors.ts';
import { defaultContentPaths, readContent } from './read-content.ts';

let root: string;
const paths = () => defaultContentPaths(root);
const source = () => join(root, 'content/sources/apns-reasons.md');
const meaningsOf = (entries: readonly CatalogEntry[], id: string) => entries.find((e) => e.id === id)!.meanings;
const anchorDiagnostics = () => readContent(paths()).diagnostics.filter((d) => d.file === paths().anchors).map(formatDiagnostic);

/** Records the anchors the content folder has now, as `npm run urls:update` does; `withLineAnchors` as a site that published line anchors. */
function record(withLineAnchors = false): void {
  const file = join(root, paths().anchors);
  const list = withLineAnchors ? [] : parsePublishedAnchors(readFileSync(file, 'utf8'), paths().anchors).anchors;
  writeFileSync(file, formatPublishedAnchors(updatePublishedAnchors(list, readContent(paths()).catalog.entries, withLineAnchors).anchors));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'anchors-'));
  cpSync(join(fixturesDir, 'roles/content'), join(root, 'content'), { recursive: true });
  rmSync(join(root, 'content/published-anchors.txt'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a source edited above a row', () => {
  it('keeps the row\'s anchor, and its old line anchor still reaches it rather than the row now at that line', () => {
    record(true);
    const before = meaningsOf(readContent(paths()).catalog.entries, 'acme/server/400');
    const token = before.find((m) => m.name === 'BadDeviceToken')!;
    expect([token.id, token.source.line]).toEqual(['apns-reasons-400-baddevicetoken', 20]);

    // Two lines of prose above the table: every row moves down two lines.
    writeFileSync(source(), readFileSync(source(), 'utf8').replace('# Responses\n', '# Responses\n\nRead the reason first.\n'));
    const after = meaningsOf(readContent(paths()).catalog.entries, 'acme/server/400');
    const moved = after.find((m) => m.name === 'BadDeviceToken')!;
    expect([moved.id, moved.source.line]).toEqual(['apns-reasons-400-baddevicetoken', 22]);
    expect(after.map((m) => m.id)).toEqual(before.map((m) => m.id));
    // The published "#apns-reasons-l20" reaches BadDeviceToken, not "Bad request", the row now at line 20.
    expect(moved.aliases).toEqual(['apns-reasons-l20']);
    expect(after.find((m) => m.source.line === 20)).toMatchObject({ text: 'Bad request', aliases: ['apns-reasons-l18'] });
    expect(anchorDiagnostics()).toEqual([]);
  });

  it('records each anchor once, and adds the anchors of new rows without line anchors', () => {
    record(true);
    const recorded = readFileSync(join(root, paths().anchors), 'utf8');
    expect(recorded.split('\n').filter((l) => l.startsWith('/acme/server/403/'))).toEqual([
      '/acme/server/403/#apns-reasons-403-badcertificate',
      '/acme/server/403/#apns-reasons-403-expiredprovidertoken',
      '/acme/server/403/#apns-reasons-l31 apns-reasons-403-badcertificate',
      '/acme/server/403/#apns-reasons-l32 apns-reasons-403-expiredprovidertoken',
    ]);
    record();
    expect(readFileSync(join(root, paths().anchors), 'utf8')).toBe(recorded);

    writeFileSync(source(), readFileSync(source(), 'utf8').replace('| 410 |', '| | InvalidProviderToken | The provider token is not valid. |\n| 410 |'));
    record();
    const added = readFileSync(join(root, paths().anchors), 'utf8').split('\n').filter((l) => !recorded.includes(`${l}\n`));
    expect(added).toEqual(['/acme/server/403/#apns-reasons-403-invalidprovidertoken']);
  });

  it('reports, at its line of the list, an anchor whose meaning has left the page', () => {
    record(true);
    writeFileSync(source(), readFileSync(source(), 'utf8').replace(/^\| \| BadTopic .*\n/m, ''));
    const line = readFileSync(join(root, paths().anchors), 'utf8').split('\n').indexOf('/acme/server/400/#apns-reasons-400-badtopic') + 1;
    expect(anchorDiagnostics()).toEqual([
      `content/published-anchors.txt:${line}: /acme/server/400/#apns-reasons-400-badtopic: the page no longer has this anchor — links to it land at the top of the page; `
      + 'add after it the anchor of the meaning it should reach (apns-reasons-400, apns-reasons-400-badcollapseid, apns-reasons-400-baddevicetoken, '
      + 'apns-reasons-400-badexpirationdate, apns-reasons-400-badmessageid, apns-reasons-400-badpriority, apns-reasons-400-devicetokennotfortopic, '
      + 'apns-reasons-400-duplicateheaders, apns-reasons-400-idletimeout, apns-reasons-400-invalidpushtype, apns-reasons-400-missingdevicetoken, apns-reasons-400-missingtopic)',
      // Its old line anchor (BadTopic is line 24 of apns-reasons.md) reached it too.
      `content/published-anchors.txt:${line + 13}: /acme/server/400/#apns-reasons-l24 reaches "apns-reasons-400-badtopic", which the page does not have — links to it land at the top of the page; `
      + 'write the anchor of the meaning it should reach instead (apns-reasons-400, apns-reasons-400-badcollapseid, apns-reasons-400-baddevicetoken, '
      + 'apns-reasons-400-badexpirationdate, apns-reasons-400-badmessageid, apns-reasons-400-badpriority, apns-reasons-400-devicetokennotfortopic, '
      + 'apns-reasons-400-duplicateheaders, apns-reasons-400-idletimeout, apns-reasons-400-invalidpushtype, apns-reasons-400-missingdevicetoken, apns-reasons-400-missingtopic)',
    ]);
  });
});

describe('the list', () => {
  it('reads anchors with and without the anchor they now reach, skips comments, and reports what it cannot read', () => {
    const { anchors, diagnostics } = parsePublishedAnchors('# a comment\n/a/b/1/#x-l3 x-1\n\n/a/b/1/#x-1\n/a/b/1/\n', 'list.txt');
    expect(anchors).toEqual([
      { path: '/a/b/1/', anchor: 'x-l3', target: 'x-1', line: 2 },
      { path: '/a/b/1/', anchor: 'x-1', target: undefined, line: 4 },
    ]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'list.txt:5: "/a/b/1/" is not a page path with an anchor — write one anchor per line, as "/vendor/surface/code/#anchor", optionally followed by the anchor of the meaning it now reaches',
    ]);
  });
});
