/**
 * Property: a table of N rows with random codes (unique, signed numbers) and random cell
 * text (escaped pipes, backticks, HTML, unicode) yields exactly N records, in order,
 * each cell as written — as a GFM table and as a delimiter-less block of pipe rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTables } from './__fixtures__/helpers.ts';

/** A piece of cell text: words in any script, escaped pipes, code spans, HTML, entities. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((s) => s.replace(/[|\\\r\n]/g, ' ')) },
  fc.constantFrom('\\|', ' \\| ', '`code`', '`a \\| b`', '``', '`', '<br>', '<b>bold</b>', '<ul><li>x</li></ul>', '<script>x</script>',
    '<img src=x onerror=alert(1)>', '&amp;', '&#124;', '*em*', '**', '_', '[link](https://example.com)', '错误', '🚀', 'é', '\u200b', '\t', '  '),
);
const cellText = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
const rows = fc.uniqueArray(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), { minLength: 1, maxLength: 25 })
  .chain((codes) => fc.tuple(...codes.map((code) => fc.tuple(
    fc.constantFrom(String(code), code >= 0 ? `+${code}` : String(code)),
    cellText,
    cellText,
  ))));

/** What the parser keeps of a cell's Markdown: all of it but the whitespace at either end. */
const trimmed = (text: string) => text.trim();

function expectRecords(markdown: string, firstRowLine: number, written: [string, string, string][]): void {
  const { tables, rows: read } = parseTables(markdown);
  expect(tables).toHaveLength(1);
  const records = read[0]!.rows;
  expect(records.map((r) => [r.line, r.code, r.continuation])).toEqual(written.map(([code], i) => [firstRowLine + i, code, false]));
  records.forEach((record, i) => {
    const [, description, solution] = written[i]!;
    expect(record.cells.map((c) => c.markdown)).toEqual([trimmed(description), trimmed(solution)]);
  });
}

describe('N random rows give N records, in order', () => {
  it('as a GFM table', () => {
    fc.assert(fc.property(rows, (written) => {
      const markdown = ['| Code | Description | Solution |', '| :--- | --- | ---: |',
        ...written.map(([code, description, solution]) => `| ${code} | ${description} | ${solution} |`)].join('\n');
      expectRecords(markdown, 3, written);
    }), { numRuns: 100 });
  }, 30_000);

  it('as a block of pipe rows with no delimiter row', () => {
    fc.assert(fc.property(rows, fc.boolean(), (written, leadingPipe) => {
      const markdown = ['Notes above the table', 'Error Code | Description | Solution |',
        ...written.map(([code, description, solution]) => `${leadingPipe ? '| ' : ''}${code} | ${description} | ${solution} |`)].join('\n');
      expectRecords(markdown, 3, written);
    }), { numRuns: 100 });
  }, 30_000);
});
