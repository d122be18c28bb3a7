/**
 * The five real sources read as they did before column roles, error names and stable
 * anchors came in: the same codes, the same meanings (every column, its header and its
 * text, with the row's file and line) and the same summaries. The snapshot was written
 * from the code as it stood before that change; a change to it is a change to what the
 * site says about a real code, and must be looked at by hand. The anchors the site
 * published then (`{file stem}-l{line}`) are in content/published-anchors.txt, each with
 * the meaning it reaches now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from './__fixtures__/helpers.ts';
import { summaryOf } from './code-summary.ts';
import { parsePublishedAnchors } from './published-anchors.ts';
import { defaultContentPaths, readContent } from './read-content.ts';

const paths = defaultContentPaths(projectRoot);
const { catalog, diagnostics } = readContent(paths);
const snapshotFile = join(import.meta.dirname, '__snapshots__/real-sources.txt');

it('the real sources give the same codes, meanings and summaries as the committed snapshot', async () => {
  const read = catalog.entries.map((entry) => ({
    id: entry.id,
    summary: summaryOf(entry)?.text ?? null,
    meanings: entry.meanings.map((m) => ({
      at: `${m.source.file}:${m.source.line} table ${m.source.table}`,
      text: m.text,
      html: m.html,
      columns: m.columns.map((c) => [c.key, c.name, c.text, c.html]),
      empty: m.empty,
      continuation: m.continuation,
      inferred: m.inferred,
    })),
  }));
  // A line per code and a line per meaning, so that a change shows as a readable diff.
  const text = read.map((entry) => [`${entry.id} — summary: ${JSON.stringify(entry.summary)}`, ...entry.meanings.map((m) => `  ${JSON.stringify(m)}`)].join('\n'));
  await expect(`${text.join('\n')}\n`).toMatchFileSnapshot(snapshotFile);
});

it('every line anchor the snapshot\'s pages had is published, and reaches the meaning with the same words', () => {
  // From the snapshot: each page's meanings, by the anchor they had then (file stem and line).
  const published = new Map<string, string>();
  let page = '';
  for (const line of readFileSync(snapshotFile, 'utf8').split('\n')) {
    if (line.startsWith('  ')) {
      const { at, text } = JSON.parse(line) as { at: string; text: string };
      const [, stem, row] = /^content\/sources\/(.+)\.md:(\d+) /.exec(at)!;
      published.set(`/${page}/#${stem}-l${row}`, text);
    } else if (line) page = line.split(' — ')[0]!;
  }
  expect(published.size).toBe(463);

  const list = parsePublishedAnchors(readFileSync(join(projectRoot, paths.anchors), 'utf8'), paths.anchors);
  expect(list.diagnostics).toEqual([]);
  const lineAnchors = list.anchors.filter((a) => /-l\d+$/.test(a.anchor));
  expect(lineAnchors.map((a) => `${a.path}#${a.anchor}`).sort()).toEqual([...published.keys()].sort());
  const pages = new Map(catalog.entries.map((e) => [`/${e.id}/`, e]));
  for (const { path, anchor, target } of lineAnchors) {
    const meaning = pages.get(path)?.meanings.find((m) => m.id === target);
    expect(meaning?.text, `${path}#${anchor}`).toBe(published.get(`${path}#${anchor}`));
    expect(meaning?.aliases).toContain(anchor);
  }
  expect(diagnostics.filter((d) => d.file === paths.anchors)).toEqual([]);
});
