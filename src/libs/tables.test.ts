/**
 * findTables on documents it has never seen (`__fixtures__/*.md`), with readRows to show
 * what each row became. Every kind of table and row the parser's comments name is here.
 */
import { describe, expect, it } from 'vitest';
import { fixture, parseTables, rowSummary, texts } from './__fixtures__/helpers.ts';
import { findTables, looksLikeCode, normalizeMarkdown, parseInPieces, parseSource } from './tables.ts';

describe('GFM tables', () => {
  it('reads a plain table with alignment colons, three columns and codes of every shape', () => {
    const { tables, rows, diagnostics } = parseTables(fixture('gfm-aligned.md'));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.line).toBe(5);
    expect(texts(tables[0]!.header)).toEqual(['Code', 'Description', 'Solution']);
    expect(tables[0]!.notes).toEqual(['Return codes', 'The service answers with one of these codes.']);
    expect(rowSummary(rows[0]!)).toEqual([
      [7, '0', 'OK', 'Nothing to do'],
      [8, '-1', 'Bad request', 'Check the body field'],
      [9, '0x1F', 'Hex code', 'Read the manual'],
      [10, 'INVALID_ARGUMENT', 'A constant', 'Fix the argument'],
      [11, 'Other', 'Anything else', 'Contact support'],
    ]);
    expect(rows[0]!.rows[1]!.cells.map((c) => c.markdown)).toEqual(['Bad *request*', 'Check the `body` field']);
    expect(diagnostics).toEqual([
      'warning 13: the text after the last table ("That is all.") is not shown on the site — move it above the table it is about (the text before a table is shown with it), or delete it',
    ]);
  });

  it('reads four columns, padded cells, tabs beside pipes and a row without its last cell or trailing pipe', () => {
    const { tables, rows, diagnostics } = parseTables(fixture('four-columns.md'));
    expect(texts(tables[0]!.header)).toEqual(['Error code', 'English descriptor', 'Error description', 'Feedback API']);
    expect(rows[0]!.columns.map((c) => c.key)).toEqual(['descriptor', 'description', 'api']);
    expect(rowSummary(rows[0]!)).toEqual([
      [5, '2001', 'bad param', 'Parameter error', 'General API'],
      [6, '2002', 'no token', 'Token missing', 'Push API'],
      [7, '2003', 'rate limit', 'Too fast', ''],
    ]);
    expect(diagnostics).toEqual([
      'warning 7: row has 3 cells but the header has 4 — kept, the missing cells left empty; add the cells if the source has them',
    ]);
  });

  it('finds tables in a list and a block quote, and a pipe block inside prose', () => {
    const { tables, rows, diagnostics } = parseTables(fixture('nested.md'));
    expect(tables.map((t) => [t.line, texts(t.header)])).toEqual([
      [6, ['Code', 'Meaning']],
      [13, ['Error Code', 'Description']],
      [19, ['Error Code', 'Description']],
      [22, []],
    ]);
    expect(rows.map(rowSummary)).toEqual([
      [[8, '11', 'In a list'], [9, '12', 'Also in a list']],
      [[14, '21', 'In a quote, no delimiter row'], [15, '22', 'Second quoted row']],
      [[20, '31', 'In a paragraph'], [21, '32', 'Indented continuation line of the paragraph']],
      // "- " starts a list item in Markdown, even inside a block of rows: a table of its own.
      [[22, '33', 'A list marker is Markdown\'s, not the code\'s']],
    ]);
    expect(tables[0]!.notes).toEqual(['Some prose before the tables, with a pipe escaped \\| in it.', 'The first list item.', 'The codes of the client:']);
    expect(tables[2]!.notes).toEqual(['Prose between tables.']);
    expect(diagnostics).toEqual([
      'warning 22: table has no header row — its columns were read as "Error Code | Description"; add a header row such as "Error Code | Description |" above it',
    ]);
  });

  it('reads a table whose header row holds a code as a table with no header', () => {
    const { tables, rows, diagnostics } = parseTables('| 0 | Success |\n| --- | --- |\n| 1 | Failure |\n');
    expect(tables[0]!.header).toEqual([]);
    expect(rowSummary(rows[0]!)).toEqual([[1, '0', 'Success'], [3, '1', 'Failure']]);
    expect(diagnostics).toEqual([
      'warning 1: the table\'s header row starts with the code 0 — read as a row, the columns as "Error Code | Description"; add a header row such as "| Error Code | Description |" above it',
    ]);
  });

  it('reports a prose line Markdown adds to the table above it', () => {
    const { rows, diagnostics } = parseTables('| Code | Description |\n| --- | --- |\n| 1 | One |\nNote: no blank line above\n');
    expect(rowSummary(rows[0]!)).toEqual([[3, '1', 'One'], [4, '↳1', 'Note: no blank line above']]);
    expect(diagnostics).toEqual([
      'warning 4: a line with no "|" right under a table is read by Markdown as a row of the table — read as a row; put a blank line above it if it is not part of the table',
    ]);
  });

  it('reports a table with a header and no rows, and still counts it', () => {
    const { tables, diagnostics } = parseTables('| Code | Description |\n| --- | --- |\n');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toEqual([]);
    expect(diagnostics).toEqual([
      'warning 1: table has a header row and no rows — add its rows, or delete it (and its item in the frontmatter\'s "tables:")',
    ]);
  });
});

describe('tables Markdown reads as something else', () => {
  it('reads tables indented by a tab or four spaces, which Markdown reads as code', () => {
    const { tables, rows, diagnostics } = parseTables(fixture('indented.md'));
    expect(tables.map((t) => [t.line, texts(t.header), t.notes])).toEqual([
      [3, ['Code', 'Description'], ['A table pasted with a tab before each line:']],
      [10, ['Error Code', 'Description'], ['And one indented by four spaces, without a delimiter row:']],
    ]);
    expect(rows.map(rowSummary)).toEqual([
      [[5, '41', 'Tab-indented GFM'], [6, '42', 'Second']],
      [[11, '51', 'Space-indented'], [12, '52', 'Second']],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('keeps other code blocks as notes, and reports a fence never closed', () => {
    const { tables, diagnostics } = parseTables('Intro\n\n    indented code, no pipe\n\n| Code | D |\n|-|-|\n| 1 | a |\n\n~~~\nnot closed\n');
    expect(tables[0]!.notes).toEqual(['Intro', 'indented code, no pipe']);
    expect(diagnostics).toEqual([
      'warning 9: the code fence (~~~) opened here is never closed — everything below it is read as code, not as tables; close it with a line of ~~~',
      'warning 9: the text after the last table ("not closed") is not shown on the site — move it above the table it is about (the text before a table is shown with it), or delete it',
    ]);
  });

  it('skips a second delimiter row in a table, and one that starts no table', () => {
    const { rows, diagnostics } = parseTables('| Code | D |\n|-|-|\n| 1 | a |\n|---|---|\n| 2 | b |\n\n1 | a\n2 | b | c\n|---|---|\n');
    expect(rows.map(rowSummary)).toEqual([[[3, '1', 'a'], [5, '2', 'b']], [[7, '1', 'a', ''], [8, '2', 'b', 'c']]]);
    expect(diagnostics.map((d) => d.replace(/ — .*/, ''))).toEqual([
      'warning 4: a second delimiter row ("|---|") in a table',
      'warning 9: a delimiter row ("|---|") that starts no table',
      'warning 7: table has no header row',
      'warning 8: row has 3 cells but the header has 2',
    ]);
  });

  it('reads rows an HTML line takes in when no blank line is between them', () => {
    const { tables, rows, diagnostics } = parseTables('<hr>\n| Code | D |\n|---|---|\n| 1 | a |\n\n<div>\n<p>x</p>\nError Code | D |\n2 | b |\n\n<!--\n| 3 | commented out |\n-->\n');
    expect(tables.map((t) => [t.line, t.notes])).toEqual([[2, []], [8, ['x']]]);
    expect(rows.map(rowSummary)).toEqual([[[4, '1', 'a']], [[9, '2', 'b']]]);
    expect(diagnostics.map((d) => d.replace(/ — .*/, ''))).toEqual([
      'warning 2: the lines right under an HTML line are HTML to Markdown, table rows among them',
      'warning 8: the lines right under an HTML line are HTML to Markdown, table rows among them',
    ]);
  });

  it('reads a headerless block of pipe rows with the default columns', () => {
    const { tables, rows, diagnostics } = parseTables(fixture('headerless.md'));
    expect(tables).toMatchObject([{ line: 2, header: [], notes: ['Server codes'] }]);
    expect(rows[0]!.columns).toEqual([{ key: 'description', role: 'description', name: 'Description' }]);
    expect(rowSummary(rows[0]!)).toEqual([
      [2, '90001', 'JSON parsing failed.'],
      [3, '90005', 'MsgRandom missing.'],
      [4, '90009', 'Needs admin rights.'],
    ]);
    expect(diagnostics).toEqual([
      'warning 2: table has no header row — its columns were read as "Error Code | Description"; add a header row such as "Error Code | Description |" above it',
    ]);
  });

  it('splits delimiter-less tables copied back to back at each repeated header', () => {
    const { tables, rows, diagnostics } = parseTables(fixture('back-to-back.md'));
    expect(tables.map((t) => [t.line, t.notes])).toEqual([[2, ['Manufacturer Error Code']], [5, []], [9, []]]);
    expect(rows.map(rowSummary)).toEqual([
      [[3, '-1', 'Unknown error.'], [4, '0', 'Success.']],
      [[6, '200', 'Normal.'], [7, '110010', 'Push rate is too fast.'], [8, '110010', 'Invalid pushId (message switch is off).']],
      [
        [10, '403', 'BadCertificate: The certificate is invalid.'],
        [11, '↳403', 'BadCertificateEnvironment: The client certificate environment is invalid.'],
        [12, '↳403', 'ExpiredProviderToken: The provider token is outdated.'],
        [13, '410', 'ExpiredToken: The device token has expired.'],
      ],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('reports pipe rows that Markdown reads as a heading, code or HTML, and prose with a pipe', () => {
    const { tables, rows, diagnostics } = parseTables(fixture('not-tables.md'));
    expect(tables).toHaveLength(1);
    expect(rowSummary(rows[0]!)).toEqual([[2, '61', 'Rows under which someone put a rule']]);
    expect(diagnostics).toEqual([
      'warning 3: the "---" line right under table rows makes Markdown read the rows as a heading — read as table rows; put a blank line above it',
      'warning 5: a line with "|" starts with "#", so Markdown reads it as a heading — kept as a note, not read as a table row; write "\\#" for the "#" if it is a row',
      'warning 7: a fenced code block holds table rows — kept as a note, not read as a table; remove the fence lines (``` or ~~~) around the rows if they are a table',
      // The shell pipeline in the second code block is not a table row: no warning.
      'warning 15: an HTML table is not read — kept as a note; write it as a Markdown table (rows like "| code | description |") to have its codes read',
      'warning 17: a line with "|" stands on its own, outside any table — kept as a note; write "\\|" for the "|" if it is prose, or put the table\'s rows under it',
      'warning 5: the text after the last table ("Codes | Meanings") is not shown on the site — move it above the table it is about (the text before a table is shown with it), or delete it',
    ]);
  });

  it('warns when the first row of a pipe block is read as a header without naming a code column', () => {
    const { tables, rows, diagnostics } = parseTables('BadDeviceToken | The device token is invalid. |\nExpiredToken | The token expired. |\n');
    expect(texts(tables[0]!.header)).toEqual(['BadDeviceToken', 'The device token is invalid.']);
    expect(rowSummary(rows[0]!)).toEqual([[2, 'ExpiredToken', 'The token expired.']]);
    expect(diagnostics).toEqual([
      'warning 1: the first row ("BadDeviceToken | The device token is invalid.") was read as the table\'s header — if it is a row of codes, add a header row such as "Error Code | Description |" above it',
    ]);
  });
});

describe('line ends, byte-order mark, unicode, long cells', () => {
  it('reads CRLF line ends and a byte-order mark with the right lines and cells', () => {
    const markdown = fixture('crlf-bom.md');
    expect(markdown.startsWith('\uFEFF---\r\n')).toBe(true);
    const { tables, rows, diagnostics } = parseTables(markdown);
    expect(tables.map((t) => t.line)).toEqual([7]);
    expect(rowSummary(rows[0]!)).toEqual([[8, '71', 'Windows line ends'], [9, '72', 'a|b in code']]);
    expect(rows[0]!.rows[1]!.cells[0]!.markdown).toBe('`a\\|b` in code');
    expect(diagnostics).toEqual([]);
  });

  it('reads old Mac line ends (CR alone) too', () => {
    const { rows } = parseTables('Error Code | Description |\r1 | One |\r2 | Two |');
    expect(rowSummary(rows[0]!)).toEqual([[2, '1', 'One'], [3, '2', 'Two']]);
  });

  it('normalizeMarkdown keeps the line count', () => {
    const text = '\uFEFFa\r\nb\rc\n';
    expect(normalizeMarkdown(text)).toBe('a\nb\nc\n');
    expect(normalizeMarkdown(text).split('\n')).toHaveLength(4);
  });

  it('keeps unicode as written', () => {
    const markdown = fixture('unicode.md').replace('NBSP here', 'NBSP\u00a0here');
    const { tables, rows, diagnostics } = parseTables(markdown);
    expect(texts(tables[0]!.header)).toEqual(['错误码 Code', '描述 Description']);
    expect(rowSummary(rows[0]!)).toEqual([
      [3, '800001', '注册推送服务失败。appKey 参数无效。'],
      [4, '800002', 'Emoji 🚀 and combining é (e + ́)'],
      [5, '800003', 'مرحبا — right to left'],
      // Whitespace collapses in the plain text (NBSP included); the Markdown keeps it.
      [6, '-800004', 'Zero‑width joiner 👩‍💻 and NBSP here'],
    ]);
    expect(rows[0]!.rows[3]!.cells[0]!.markdown).toContain('NBSP\u00a0here');
    expect(diagnostics).toEqual([]);
  });

  it('keeps a 10,000-character cell whole, in a GFM table and in a pipe block', () => {
    const long = 'x'.repeat(4000) + ' \\| ' + 'é'.repeat(5992) + ' `a`';
    expect(long).toHaveLength(10_000);
    for (const markdown of [
      `| Code | Description |\n| --- | --- |\n| 1 | ${long} |\n| 2 | short |\n`,
      `Error Code | Description |\n1 | ${long} |\n2 | short |\n`,
    ]) {
      const { rows, diagnostics } = parseTables(markdown);
      expect(rows[0]!.rows.map((r) => r.code)).toEqual(['1', '2']);
      expect(rows[0]!.rows[0]!.cells[0]!.markdown).toBe(long);
      expect(rows[0]!.rows[0]!.cells[0]!.text).toBe(`${'x'.repeat(4000)} | ${'é'.repeat(5992)} a`);
      expect(diagnostics).toEqual([]);
    }
  });
});

describe('findTables', () => {
  it('takes a parsed tree, or parses the text itself', () => {
    const report = () => {};
    const markdown = fixture('gfm-aligned.md');
    expect(findTables(markdown, report)).toEqual(findTables(markdown, report, undefined));
  });

  it('returns no table, and reports nothing, for a document without pipes', () => {
    expect(parseTables('# Title\n\nJust prose.\n\n- a list\n').tables).toEqual([]);
    expect(parseTables('').tables).toEqual([]);
  });
});

describe('long blocks of rows (parseSource)', () => {
  const block = (n: number) => Array.from({ length: n }, (_, i) => `${100_000 + i} | Meaning ${i} with \`code\` and INVALID_ARGUMENT |`);

  it('gives the parser the inner lines of a long block of plain lines as one letter each, and reads every row as written', () => {
    const text = ['Intro', '', 'Error Code | Description |', ...block(2000), '', 'Outro'].join('\n');
    const parsed = parseSource(text);
    // The parser's work on one paragraph grows with the square of its text: it reads 2,001 short lines instead.
    expect(parsed.restored.size).toBe(1999);
    expect(parsed.input.length).toBeLessThan(text.length / 10);
    const { tables, rows, diagnostics } = parseTables(text);
    expect(diagnostics).toEqual([
      'warning 2005: the text after the last table ("Outro") is not shown on the site — move it above the table it is about (the text before a table is shown with it), or delete it',
    ]);
    expect(tables).toHaveLength(1);
    expect(rows[0]!.rows).toHaveLength(2000);
    expect(rowSummary(rows[0]!).at(1000)).toEqual([1004, '101000', 'Meaning 1000 with code and INVALID_ARGUMENT']);
    expect(rows[0]!.rows[1000]!.cells[0]!.markdown).toBe('Meaning 1000 with `code` and INVALID_ARGUMENT');
  });

  it('parses the lines as written where a placeholder could change what Markdown reads', () => {
    for (const text of [
      ['```', ...block(300), '```'].join('\n'), // in a code block: kept as written
      ['> quote', ...block(300)].join('\n'), // lazy lines of a quote: no blank line before the block
      ['', ...block(300), '==='].join('\n'), // the block is a heading's text
      ['- item', '', ...block(300).map((line) => `  ${line}`)].join('\n'), // indented: a list item's
    ]) {
      expect(parseSource(text).restored.size, text.slice(0, 30)).toBe(0);
    }
  });
});

describe('long documents, parsed in pieces (parseInPieces)', () => {
  const gfm = (n: number, first = 0) => ['| Code | Description |', '| --- | --- |', ...Array.from({ length: n }, (_, i) => `| ${first + i} | Meaning ${first + i} |`)];

  it('parses a 5,000-row table in pieces of about 2,000 lines, each under a copy of its header, and reads it as one table', () => {
    const text = ['Intro', '', ...gfm(5000)].join('\n');
    const pieces = parseInPieces(text);
    expect(pieces.map((p) => [p.lineOffset, p.continuesTable, p.text.split('\n').length])).toEqual([[0, false, 2000], [1998, true, 2002], [3998, true, 1006]]);
    expect(pieces[1]!.text.split('\n').slice(0, 3)).toEqual(['| Code | Description |', '| --- | --- |', '| 1996 | Meaning 1996 |']);
    const { tables, rows, diagnostics } = parseTables(text);
    expect(diagnostics).toEqual([]);
    expect(tables.map((t) => [t.line, t.notes, t.rows.length])).toEqual([[3, ['Intro'], 5000]]);
    expect(rowSummary(rows[0]!).filter((_, i) => i % 1999 === 0)).toEqual([[5, '0', 'Meaning 0'], [2004, '1999', 'Meaning 1999'], [4003, '3998', 'Meaning 3998']]);
  });

  it('starts a piece after a blank line, and keeps a text whole where a piece could change what Markdown reads', () => {
    // Blocks of rows with no delimiter row: a piece can start only after a blank line.
    const tables = Array.from({ length: 4 }, (_, t) => ['', `Table ${t}:`, ...Array.from({ length: 1000 }, (_, i) => `${t * 1000 + i} | Meaning |`)]).flat();
    const pieces = parseInPieces(tables.join('\n'));
    expect(pieces.map((p) => [p.lineOffset, p.continuesTable])).toEqual([[0, false], [2005, false]]);
    expect(findTables(tables.join('\n'), () => {}, pieces).map((t) => [t.line, t.notes, t.rows.length])).toEqual([
      [3, ['Table 0:'], 1000], [1005, ['Table 1:'], 1000], [2007, ['Table 2:'], 1000], [3009, ['Table 3:'], 1000],
    ]);
    for (const text of [
      [...tables, '', '[ref]: https://example.com/'].join('\n'), // a definition any piece may use
      ['```', ...tables, '```'].join('\n'), // all in a code block
      ['<!--', ...tables, '-->'].join('\n'), // all in a comment
    ]) {
      expect(parseInPieces(text), text.slice(0, 20)).toHaveLength(1);
    }
  });
});

describe('looksLikeCode', () => {
  it.each(['0', '-1', '+2', '907135701', '0x1F', '0XFF', 'Other', 'Others', 'default', 'INVALID_ARGUMENT', 'E1'])('%s is a code', (text) => {
    expect(looksLikeCode(text)).toBe(true);
  });
  it.each(['', 'Error Code', 'BadCertificate: x', 'Description', 'BadDeviceToken', '1 2', '--1', 'A'.repeat(41)])('%s is not', (text) => {
    expect(looksLikeCode(text)).toBe(false);
  });
});
