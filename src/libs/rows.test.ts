/**
 * readRows: columns named from their headers, and every kind of row — a code, the
 * continuation of the code above (a rowspan), rows too short or too long, empty rows,
 * a lone code, a continuation with nothing above it.
 */
import { describe, expect, it } from 'vitest';
import { fixture, parseTables, rowSummary } from './__fixtures__/helpers.ts';
import { readRows } from './rows.ts';
import type { Cell, SourceTable } from './tables.ts';

const cell = (text: string): Cell => ({ markdown: text, text, literal: text, formatting: [], nodes: text ? [{ type: 'text', value: text }] : [] });
const table = (header: string[], ...rows: string[][]): SourceTable => ({
  line: 1,
  header: header.map(cell),
  rows: rows.map((cells, i) => ({ line: i + 2, cells: cells.map(cell) })),
  notes: [],
});
const read = (t: SourceTable) => {
  const diagnostics: string[] = [];
  const rows = readRows(t, (severity, line, message) => diagnostics.push(`${severity} ${line}: ${message}`));
  return { ...rows, summary: rowSummary(rows), diagnostics };
};

describe('code cells written with Markdown (code-cells.md)', () => {
  const { rows, diagnostics } = parseTables(fixture('code-cells.md'));

  it('reads a code as the source writes it: underscores kept, a code span\'s text, escapes resolved', () => {
    expect(rows.flatMap((r) => r.rows.map((row) => [row.line, row.code]))).toEqual([
      [6, '__proto__'], [7, '_INTERNAL_'], [8, 'INVALID_ARGUMENT'], [9, '1001'], [10, '__init__'],
      [11, '1002'], [12, '1003'], [13, '1004'], [14, '1005'], [15, '1005'],
      [20, '__proto__'], [21, '1006'],
    ]);
  });

  it('reports any other formatting of a code cell at its line, with the code read', () => {
    const action = 'write the code as plain text if the source allows';
    expect(diagnostics.filter((d) => d.includes('code cell'))).toEqual([
      `warning 11: the code cell "<b>1002</b>" holds formatting that is not part of a code (HTML tags) — read as the code "1002"; ${action}`,
      `warning 12: the code cell "**1003**" holds formatting that is not part of a code (emphasis) — read as the code "1003"; ${action}`,
      `warning 13: the code cell "~~1004~~" holds formatting that is not part of a code (strikethrough) — read as the code "1004"; ${action}`,
      `warning 14: the code cell "[1005](https://example.com/1005)" holds formatting that is not part of a code (a link) — read as the code "1005"; ${action}`,
      `warning 15: the code cell "<img src=\\"x.png\\">" holds formatting that is not part of a code (HTML tags) — read as no code (the row continues the code above); ${action}`,
      `warning 21: the code cell "*1006*" holds formatting that is not part of a code (emphasis) — read as the code "1006"; ${action}`,
    ]);
  });
});

describe('a table of 200,000 rows', () => {
  it('is read without spreading its rows into one call (which overflows the stack)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ line: i + 3, cells: [cell(String(i)), cell(`Meaning ${i}`)] }));
    const { rows: codeRows, diagnostics } = read({ ...table(['Code', 'Description']), rows });
    expect(codeRows).toHaveLength(200_000);
    expect(diagnostics).toEqual([]);
  });
});

describe('every kind of row', () => {
  it('keeps rows of any shape and reports each odd one (odd-rows.md)', () => {
    const { rows, diagnostics } = parseTables(fixture('odd-rows.md'));
    expect(rows[0]!.columns.map((c) => [c.key, c.name])).toEqual([
      ['description', 'Description'], ['solution', 'Solution'], ['column-4', 'Column 4'], ['column-5', 'Column 5'],
    ]);
    expect(rowSummary(rows[0]!)).toEqual([
      [3, '1', 'Too many cells', 'Retry', 'extra', 'more'],
      [4, '2', 'Too few cells', '', '', ''],
      // A lone code, then a row with an empty code cell that continues it.
      [5, '3', '', '', '', ''],
      [6, '↳3', 'Continues code 3', 'with its own solution', '', ''],
      // Line 7, "|  |  |  |", has nothing to keep.
      [8, '4', 'Has a code | span with an escaped pipe', 'Use a|b', '', ''],
      [9, '5', 'HTML and breaks', 'one two', '', ''],
    ]);
    expect(rows[0]!.rows[4]!.cells[0]!.markdown).toBe('Has a `code \\| span` with an escaped pipe');
    expect(diagnostics).toEqual([
      'warning 3: row has 5 cells but the header has 3 — kept, the extra cells shown as extra columns; check for an unescaped "|" in a cell (write it as "\\|")',
      'warning 4: row has 2 cells but the header has 3 — kept, the missing cells left empty; add the cells if the source has them',
      'warning 7: empty table row — ignored; delete the row if it is not meant to hold a code',
    ]);
  });

  it('reports a continuation row with no code above it as an error, and keeps the rows after it', () => {
    const { rows, diagnostics } = parseTables(fixture('orphan.md'));
    expect(rowSummary(rows[0]!)).toEqual([[4, '7', 'Seven']]);
    expect(diagnostics).toEqual([
      'error 3: row has no code and there is no code above it to continue — put the code in the first cell of this row',
    ]);
  });

  it('reads a short row whose first cell is not a code as a continuation (a rowspan lost its cell)', () => {
    const { summary, diagnostics } = read(table(['Code', 'Description', 'Solution'],
      ['403', 'BadCertificate', 'Renew it'],
      ['BadCertificateEnvironment', 'Use the right one']));
    expect(summary).toEqual([[2, '403', 'BadCertificate', 'Renew it'], [3, '↳403', 'BadCertificateEnvironment', 'Use the right one']]);
    expect(diagnostics).toEqual([]);
  });

  it('reports a lone code with no description and no continuation', () => {
    const { summary, diagnostics } = read(table(['Code', 'Description'], ['1', 'One'], ['907135701']));
    expect(summary).toEqual([[2, '1', 'One'], [3, '907135701', '']]);
    expect(diagnostics).toEqual(['warning 3: code 907135701 has no description']);
  });

  it('reports a row with no code and no rows before it', () => {
    expect(read(table(['Code', 'Description'], ['', 'Orphan'])).diagnostics).toEqual([
      'error 2: row has no code and there is no code above it to continue',
    ]);
  });
});

describe('columns', () => {
  it('names columns from their headers; the first matching word wins', () => {
    const { columns } = read(table(['Error code', 'English descriptor', 'Cause and Solution', 'Feedback API', 'Error message', 'Notes']));
    expect(columns.map((c) => c.key)).toEqual(['descriptor', 'solution', 'api', 'description', 'notes']);
  });

  it('finds the code column where the header says it is', () => {
    const { columns, summary } = read(table(['Description', 'Status code'], ['Not found', '404'], ['Gone', '410']));
    expect(columns).toEqual([{ key: 'description', role: 'description', name: 'Description' }]);
    expect(summary).toEqual([[2, '404', 'Not found'], [3, '410', 'Gone']]);
  });

  it('takes the first column as the code column when no header names one', () => {
    const { columns, summary } = read(table(['Reason', 'Meaning'], ['BadDeviceToken', 'The token is bad']));
    expect(columns).toEqual([{ key: 'description', role: 'description', name: 'Meaning' }]);
    expect(summary).toEqual([[2, 'BadDeviceToken', 'The token is bad']]);
  });

  it('gives repeated and unnamed columns keys of their own', () => {
    const { columns } = read(table(['Code', 'Description', 'Description', '', '+++']));
    expect(columns.map((c) => [c.key, c.name])).toEqual([
      ['description', 'Description'], ['description-2', 'Description'], ['column-4', 'Column 4'], ['column', '+++'],
    ]);
  });

  it('reads a table without a header as "Error Code | Description"', () => {
    const { columns, summary } = read({ line: 1, header: [], rows: [{ line: 1, cells: [cell('1'), cell('One')] }], notes: [] });
    expect(columns).toEqual([{ key: 'description', role: 'description', name: 'Description' }]);
    expect(summary).toEqual([[1, '1', 'One']]);
  });
});
