/**
 * Fuzzing: random and malformed Markdown fed to findTables and readSourceDocument.
 * They never throw, every diagnostic points at a line of the file, and every line that
 * looks like a table row — it has an unescaped "|" and stands where a table can be, not
 * in a fenced code block or an HTML comment — is read as a header or a row, or has a
 * diagnostic at its line. Nothing is lost in silence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testRegistry } from './__fixtures__/helpers.ts';
import { readRows } from './rows.ts';
import { readSourceDocument } from './source-document.ts';
import type { Nodes } from 'mdast';
import { findTables, normalizeMarkdown, parseInPieces, parseMarkdown, type Report, type SourcePiece } from './tables.ts';

/** A line with an unescaped pipe (the parser's own definition, restated). */
const PIPE_ROW = /^(?:[^\\|]|\\.)*\|/;
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

const code = fc.oneof(fc.integer({ min: -99_999, max: 999_999 }).map(String), fc.constantFrom('Other', 'Others', '0x1F', 'INVALID_ARGUMENT', 'E_1'));
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 10 }).map((s) => s.replace(/[|\\\r\n]/g, ' ')),
  fc.constantFrom('', ' ', 'a \\| b', '`x`', '`a \\| b`', '<br>', '<b>b</b>', '*e*', '错误', '🚀', '\t', 'Note: x'),
);
/** Table rows, well and badly formed; the last kind is any string of Markdown's punctuation. */
const row = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(code, text).map(([c, t]) => `| ${c} | ${t} |`) },
  { weight: 3, arbitrary: fc.tuple(code, text).map(([c, t]) => `${c} | ${t} |`) },
  fc.tuple(code, text).map(([c, t]) => `${c} | ${t}`),
  fc.tuple(code, text, text).map(([c, t, u]) => `|${c}|${t}|${u}|${t}|`),
  text.map((t) => `| ${t} |`),
  text.map((t) => `|  | ${t} |`),
  code.map((c) => `| ${c} |`),
  fc.tuple(code, text).map(([c, t]) => `\t| ${c} |\t${t} |`),
  fc.tuple(fc.constantFrom(' ', '  ', '   ', '     ', '        '), code, text).map(([indent, c, t]) => `${indent}${c} | ${t} |`),
  fc.tuple(fc.constantFrom('- ', '* ', '1. ', '# ', '## ', '> ', '>> '), code, text).map(([marker, c, t]) => `${marker}${c} | ${t} |`),
  fc.constantFrom('|', '||', '| |', '|---|---|', '---|---', ':-:|', '| :-- | --: |', 'Error Code | Description |', '| Code | Description |'),
  // Not a fence: the test knows where its fences are.
  fc.string({ unit: fc.constantFrom('|', '\\', '-', ':', ' ', '\t', '#', '>', '*', '`', 'a', '1', '<', 'b'), maxLength: 16 })
    .filter((line) => !/^[\s>]*(```|~~~)/.test(line)),
);
const rows = fc.array(row, { minLength: 1, maxLength: 6 });

interface Block {
  lines: string[];
  /** Its lines stand where a table can be (not in a code fence or an HTML comment). */
  region: boolean;
}
const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 3, arbitrary: rows.map((r) => ({ lines: ['| Code | Description |', '| --- | --- |', ...r], region: true })) },
  { weight: 3, arbitrary: rows.map((r) => ({ lines: ['Error Code | Description |', ...r], region: true })) },
  { weight: 2, arbitrary: rows.map((r) => ({ lines: r, region: true })) },
  fc.tuple(rows, fc.constantFrom('---', '===', '***', '<hr>', '<div>', '<p>text</p>')).map(([r, rule]) => ({ lines: [...r, rule], region: true })),
  fc.tuple(fc.constantFrom('<hr>', '<div>', '<p>text</p>', '<table><tr><td>1</td></tr></table>'), rows).map(([html, r]) => ({ lines: [html, ...r], region: true })),
  fc.tuple(fc.constantFrom('> ', '- ', '1. ', '\t', '    ', '  '), rows).map(([prefix, r]) => ({ lines: r.map((l) => prefix + l), region: true })),
  fc.tuple(text, fc.constantFrom('', ' a | b', ' \\| c')).map(([t, tail]) => ({ lines: [`Prose ${t}${tail}`], region: true })),
  fc.constantFrom('# Title', '## Codes | Meanings', 'Note:', '---', '<hr>', '').map((line) => ({ lines: [line], region: true })),
  rows.map((r) => ({ lines: ['```', ...r, '```'], region: false })),
  rows.map((r) => ({ lines: ['<!--', ...r, '-->'], region: false })),
);
const document = fc.tuple(fc.array(fc.tuple(block, fc.boolean()), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'));

/** The document's text, and the lines (1-based) that look like table rows. */
function render(blocks: [Block, boolean][], newline: string, firstLine = 1) {
  const lines: string[] = [];
  const rowLines: number[] = [];
  for (const [{ lines: blockLines, region }, blankAfter] of blocks) {
    // A fence or a comment after a blank line: an HTML block above would take it in.
    if (!region && lines.length > 0 && lines.at(-1) !== '') lines.push('');
    for (const line of blockLines) {
      lines.push(line);
      // A line starting with "<" is HTML, not a row.
      if (region && PIPE_ROW.test(line) && !/^[\s>]*</.test(line)) rowLines.push(firstLine + lines.length - 1);
    }
    if (blankAfter) lines.push('');
  }
  return { markdown: lines.join(newline), rowLines };
}

/** Reads tables and rows as readSourceDocument does; the lines accounted for. */
/**
 * Lines Markdown reads as a fenced code block or as HTML that keeps what it holds (a
 * comment, <pre>, <script>…): no table can be there. A fence left open takes in the rest.
 */
function codeAndCommentLines(markdown: string): Set<number> {
  const text = normalizeMarkdown(markdown);
  const lines = new Set<number>();
  const walk = (node: Nodes) => {
    const { start, end } = node.position ?? { start: { line: 0, offset: 0 }, end: { line: 0, offset: 0 } };
    const source = text.slice(start.offset, end.offset).replace(/^[\s>]*/, '');
    const fenced = node.type === 'code' && /^(```|~~~)/.test(source);
    const keeps = node.type === 'html' && /^<(?:!--|\?|![A-Za-z[]|(?:script|pre|style|textarea)(?:[\s>]|$))/i.test(source);
    if (fenced || keeps) for (let line = start.line; line <= end.line; line++) lines.add(line);
    else if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(parseMarkdown(text));
  return lines;
}

function accountFor(markdown: string) {
  const diagnostics: { line: number; message: string }[] = [];
  const report: Report = (_, line, message) => diagnostics.push({ line, message });
  const tables = findTables(markdown, report);
  const rows = tables.map((t) => readRows(t, report));
  const lines = markdown.split(/\r\n|\r|\n/);
  const accounted = new Set([
    ...tables.map((t) => t.line),
    // The delimiter row under a GFM table's header.
    ...tables.map((t) => t.line + 1).filter((line) => DELIMITER_ROW.test((lines[line - 1] ?? '').replace(/^[\s>]*/, ''))),
    ...tables.flatMap((t) => t.rows.map((r) => r.line)),
    ...rows.flatMap((r) => r.rows.map((row) => row.line)),
    ...diagnostics.map((d) => d.line),
  ]);
  return { tables, diagnostics, accounted, lineCount: lines.length };
}

describe('fuzzing the parser', () => {
  it('accounts for every line that looks like a table row', () => {
    fc.assert(fc.property(document, ([blocks, newline]) => {
      // A title first: a document that starts with "---" opens a frontmatter.
      const { markdown, rowLines } = render([[{ lines: ['# Fuzz'], region: true }, false], ...blocks], newline);
      const { diagnostics, accounted, lineCount } = accountFor(markdown);
      const code = codeAndCommentLines(markdown);
      for (const line of rowLines.filter((l) => !code.has(l))) expect(accounted, `line ${line}: ${JSON.stringify(markdown.split(/\r?\n/)[line - 1])}\n${markdown}`).toContain(line);
      for (const d of diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
      for (const d of diagnostics) expect(d.line).toBeLessThanOrEqual(lineCount);
    }), { numRuns: 200 });
  }, 30_000);

  it('reads a document the same when it is parsed in pieces, and with placeholders for the inner lines of runs of plain lines', () => {
    /**
     * Tables and diagnostics by line (a table's header is reported when the table ends, which can be after a piece
     * that continues it); positions left out, since they count from a piece's start and a placeholder is shorter than its line.
     */
    const read = (text: string, pieces: SourcePiece[]) => {
      const diagnostics: { line: number; text: string }[] = [];
      const tables = findTables(text, (severity, line, message, action) => diagnostics.push({ line, text: `${severity} ${line}: ${message} — ${action}` }), pieces);
      const byLine = diagnostics.sort((a, b) => a.line - b.line).map((d) => d.text);
      return JSON.parse(JSON.stringify({ tables, diagnostics: byLine }, (key, value) => (key === 'position' ? undefined : value)));
    };
    let pieces = 0;
    let placeholders = 0;
    fc.assert(fc.property(document, ([blocks, newline]) => {
      const { markdown } = render([[{ lines: ['# Fuzz'], region: true }, false], ...blocks], newline);
      const text = normalizeMarkdown(markdown);
      // A piece may end after any line, and a run of three plain lines has a placeholder.
      const parsed = parseInPieces(text, 1, 2);
      pieces += parsed.length - 1;
      placeholders += parsed.reduce((sum, piece) => sum + piece.parsed.restored.size, 0);
      const whole = { text, lineOffset: 0, parsed: { input: text, tree: parseMarkdown(text), restored: new Map() }, continuesTable: false };
      expect(read(text, parsed)).toEqual(read(text, [whole]));
    }), { numRuns: 300 });
    expect(pieces).toBeGreaterThan(0);
    expect(placeholders).toBeGreaterThan(0);
  }, 60_000);

  it('never throws on any text, and reports only lines of the file', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom('|', '\\', '-', ':', ' ', '\t', '\n', '\r', '#', '>', '*', '`', '~', '<', '/', 'a', '1', '[', ']', '=', '\uFEFF'), maxLength: 300 }),
    );
    fc.assert(fc.property(anyText, (markdown) => {
      const { document: read, diagnostics } = readSourceDocument('content/sources/fuzz.md', markdown, testRegistry);
      const lineCount = markdown.split(/\r\n|\r|\n/).length;
      for (const d of diagnostics) {
        expect(d).toMatchObject({ file: 'content/sources/fuzz.md', severity: expect.stringMatching(/^(error|warning)$/) });
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.line).toBeLessThanOrEqual(lineCount);
        expect(d.message).not.toBe('');
        expect(d.action).not.toBe('');
      }
      if (read) expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }), { numRuns: 200 });
  }, 30_000);

  it('reads random documents under a frontmatter: a document, or errors that say why not', () => {
    const frontmatter = fc.oneof(
      fc.integer({ min: 1, max: 4 }).map((n) => ['---', 'title: Fuzz', 'tables:', ...Array.from({ length: n }, () => '  - vendor: acme\n    surface: server'), '---'].join('\n')),
      fc.constantFrom('---\ntitle: [\n---', '---\ntitle: x', '', '---\n---', '---\ntitle: x\ntables:\n  - vendor: nope\n    surface: server\n---'),
    );
    fc.assert(fc.property(frontmatter, document, (head, [blocks, newline]) => {
      const headLines = head === '' ? 0 : head.split('\n').length;
      const { markdown, rowLines } = render(blocks, newline, headLines + 1);
      const full = head === '' ? markdown : `${head.replaceAll('\n', newline)}${newline}${markdown}`;
      const { document: read, diagnostics } = readSourceDocument('content/sources/fuzz.md', full, testRegistry);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      expect(read === undefined).toBe(errors.some((d) => d.line <= Math.max(headLines, 1) || /frontmatter/.test(d.message)));
      if (read) {
        const lines = new Set([...read.tables.flatMap((t) => [t.line, t.line + 1, ...t.rows.map((r) => r.line)]), ...diagnostics.map((d) => d.line)]);
        const code = codeAndCommentLines(full);
        for (const line of rowLines.filter((l) => !code.has(l))) expect(lines).toContain(line);
      }
    }), { numRuns: 100 });
  }, 30_000);
});
