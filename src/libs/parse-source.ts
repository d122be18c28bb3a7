/**
 * A source's Markdown → syntax trees for the table finder (libs/tables.ts), in time and
 * memory linear in its length. The parser (remark-parse, micromark) holds a whole text's
 * events and tree at once, and its time on one paragraph grows with the square of the
 * paragraph's length; so a long text is parsed in pieces where that cannot change what
 * Markdown reads, and the inner lines of a long paragraph are given to it as placeholders.
 * Each shortcut is checked against the trees it gives, and dropped when the check fails:
 * the text is then parsed as it is.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return markdownParser.parse(markdown);
}

/** A line that holds at least one unescaped pipe. */
export const PIPE_ROW = /^(?:[^\\|]|\\.)*\|/;

/** A GFM delimiter row: `|---|:--:|`, `---|---`. */
export const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** A text parsed for the table finder: the text the parser read, its tree, and the lines it read as a placeholder (line number → the line as written). */
export interface ParsedSource {
  input: string;
  tree: Root;
  restored: ReadonlyMap<number, string>;
}

/** A part of a text parsed on its own (`parseInPieces`). */
export interface SourcePiece {
  /** Lines of the text; a piece that continues a table starts with that table's header and delimiter rows. */
  text: string;
  /** Line `n` of the piece is line `lineOffset + n` of the text (from the piece's first row, for one that continues a table). */
  lineOffset: number;
  parsed: ParsedSource;
  /** Its first node holds more rows of the previous piece's last table, under a copy of that table's header. */
  continuesTable: boolean;
}

/** How many lines a piece has at least before the next one may start. */
const LINES_PER_PIECE = 2000;

/** How many lines a run of plain lines has before its inner lines are parsed as a placeholder. */
const LONG_RUN = 200;

/**
 * A line that cannot start or end a block while a paragraph or a table's body is open,
 * nor continue a list, a quote or an indented code block after a blank line: no indent,
 * list marker, heading, quote, fence, HTML, definition, delimiter or setext line (a pipe,
 * a letter, a digit, or a sign before one: `-10002 | …`).
 */
const isPlainLine = (line: string) => /^(?:\||[A-Za-z0-9]|[+-](?=[A-Za-z0-9]))/.test(line) && !/^\d{1,9}[.)](?:[ \t]|$)/.test(line) && !/^[\s|:-]*$/.test(line);

const isBlank = (line: string) => line.trim() === '';

/** The index of the frontmatter's closing `---` line, or -1. */
function frontmatterEnd(lines: readonly string[]): number {
  return /^---[ \t]*$/.test(lines[0] ?? '') ? lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line)) : -1;
}

/**
 * The text in pieces of at least `linesPerPiece` lines, each parsed on its own. A piece
 * starts where nothing before it can change what Markdown reads:
 * - at a plain line after a blank line, where every block above is closed (a blank line
 *   ends a paragraph, a table, a quote; a line with no indent ends a list and indented
 *   code); the check: no node of the piece above reaches its last (blank) line, as a
 *   code fence or an HTML comment left open would;
 * - at a row of a GFM table's body, under a copy of the table's header and delimiter
 *   rows (a row's cells depend on no other row); the check: the piece above ends with that
 *   table, and this one starts with it.
 * A text with a definition (`[x]: …`, `[^x]: …`) stays whole, since a reference anywhere
 * may use it.
 */
export function parseInPieces(markdown: string, linesPerPiece = LINES_PER_PIECE, longRun = LONG_RUN): SourcePiece[] {
  const whole = (): SourcePiece[] => [{ text: markdown, lineOffset: 0, parsed: parseSource(markdown, longRun), continuesTable: false }];
  const lines = markdown.split('\n');
  if (lines.length <= linesPerPiece || markdown.includes(']:')) return whole();
  const opened = frontmatterEnd(lines) + 1;

  /** Where each piece starts, and the header line of the table it continues. */
  const starts: { line: number; header?: number | undefined }[] = [{ line: 0 }];
  let header: number | undefined;
  for (let i = opened + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (header !== undefined && !isPlainLine(line)) header = undefined;
    if (header === undefined && DELIMITER_ROW.test(line) && PIPE_ROW.test(lines[i - 1]!) && i - 1 > opened) {
      header = i - 1;
      continue;
    }
    if (i - starts.at(-1)!.line < linesPerPiece || !isPlainLine(line)) continue;
    if (isBlank(lines[i - 1]!)) starts.push({ line: i });
    else if (header !== undefined && i > header + 2) starts.push({ line: i, header });
  }
  if (starts.length === 1) return whole();

  const pieces = starts.map(({ line, header: tableHeader }, k): SourcePiece => {
    const body = lines.slice(line, starts[k + 1]?.line ?? lines.length);
    const text = (tableHeader === undefined ? body : [lines[tableHeader]!, lines[tableHeader + 1]!, ...body]).join('\n');
    return { text, lineOffset: tableHeader === undefined ? line : line - 2, parsed: parseSource(text, longRun), continuesTable: tableHeader !== undefined };
  });
  const fits = pieces.every((piece, k) => {
    const { children } = piece.parsed.tree;
    if (piece.continuesTable && !(children[0]?.type === 'table' && children[0].position!.start.line === 1 && children[0].children[1]?.position!.start.line === 3)) return false;
    const next = pieces[k + 1];
    if (!next) return true;
    const lastLine = piece.text.split('\n').length;
    if (!next.continuesTable) return children.every((node) => node.position!.end.line < lastLine);
    const last = children.at(-1);
    // The table's header line in this piece: its first line if the piece continues the same table.
    const tableStart = starts[k]!.header === starts[k + 1]!.header ? 1
      : starts[k + 1]!.header! - starts[k]!.line + 1 + (piece.continuesTable ? 2 : 0);
    return last?.type === 'table' && last.position!.start.line === tableStart && last.position!.end.line === lastLine;
  });
  return fits ? pieces : whole();
}

/**
 * The text parsed as Markdown, in time linear in its length. The parser's time on one
 * paragraph grows with the square of its length (micromark merges its text with an array
 * splice per word: 25,000 rows of a table with no delimiter row took 33 s to parse, 50,000
 * took 117 s), and the finder reads a paragraph from its lines, not from its parsed text.
 * So in a long run of plain lines after a blank line, the inner lines are parsed as a
 * one-letter placeholder and put back where the finder reads lines (`restored`); the
 * parse is kept if each placeholder is then inside a top-level paragraph, where the
 * lines as written are too (the lines around them are the same, and none of them can
 * start or end a block). Otherwise the text is parsed as it is.
 */
export function parseSource(markdown: string, longRun = LONG_RUN): ParsedSource {
  const lines = markdown.split('\n');
  const opened = frontmatterEnd(lines) + 1;
  const restored = new Map<number, string>();
  for (let start = 0; start < lines.length;) {
    const opens = start === 0 || start === opened || isBlank(lines[start - 1]!);
    let end = start;
    while (end < lines.length && isPlainLine(lines[end]!)) end++;
    if (opens && end - start >= longRun) {
      for (let i = start + 1; i < end - 1; i++) restored.set(i + 1, lines[i]!);
    }
    start = Math.max(end, start + 1);
  }
  if (restored.size > 0) {
    const input = lines.map((line, i) => (restored.has(i + 1) ? 'x' : line)).join('\n');
    const tree = parseMarkdown(input);
    if (insideParagraphs(tree, [...restored.keys()])) return { input, tree, restored };
  }
  return { input: markdown, tree: parseMarkdown(markdown), restored: new Map() };
}

/** Whether each line (ascending) is an inner line of a paragraph at the top of the tree. */
function insideParagraphs(tree: Root, lines: readonly number[]): boolean {
  const spans = tree.children.filter((node) => node.type === 'paragraph').map((node) => node.position!);
  let k = 0;
  return lines.every((line) => {
    while (k < spans.length && spans[k]!.end.line <= line) k++;
    return k < spans.length && spans[k]!.start.line < line;
  });
}
