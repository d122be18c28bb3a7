/**
 * The five real sources read as they did before column roles, error names and stable
 * anchors came in: the same codes, the same meanings (every column, its header and its
 * text, with the row's file and line) and the same summaries. The snapshot was written
 * from the code as it stood before that change; a change to it is a change to what the
 * site says about a real code, and must be looked at by hand.
 */
import { expect, it } from 'vitest';
import { projectRoot } from './__fixtures__/helpers.ts';
import { defaultContentPaths, readContent } from './read-content.ts';
import { headlineOf } from './site-index.ts';

it('the real sources give the same codes, meanings and summaries as the committed snapshot', async () => {
  const { catalog } = readContent(defaultContentPaths(projectRoot));
  const read = catalog.entries.map((entry) => ({
    id: entry.id,
    summary: headlineOf(entry)?.text ?? null,
    meanings: entry.meanings.map((m) => ({
      at: `${m.source.file}:${m.source.line} table ${m.source.table}`,
      text: m.text,
      html: m.html,
      columns: m.columns.map((c) => [c.key, c.name, c.text, c.html]),
      empty: m.empty,
      continuation: m.continuation,
      inferred: m.inferred,
      categories: m.categories,
    })),
  }));
  // A line per code and a line per meaning, so that a change shows as a readable diff.
  const text = read.map((entry) => [`${entry.id} — summary: ${JSON.stringify(entry.summary)}`, ...entry.meanings.map((m) => `  ${JSON.stringify(m)}`)].join('\n'));
  await expect(`${text.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/real-sources.txt');
});
