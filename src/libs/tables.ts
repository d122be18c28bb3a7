/**
 * Source Markdown → tables. Finds every table in a document with remark-parse +
 * remark-gfm, including the copy artefacts vendors' pages turn into:
 * - GFM tables, anywhere in the tree (in lists and block quotes too);
 * - tables indented by a tab or four spaces, which Markdown reads as code;
 * - blocks of pipe rows with no delimiter row (`90001 | text |`), which Markdown reads
 *   as a paragraph, or as a heading when a `---` line follows them. These are parsed
 *   by remark-gfm too, as the body of a table, so every cell is split by the same
 *   rules (escaped pipes, code spans, inline HTML).
 *
 * Nothing is dropped in silence: every line with an unescaped pipe in a paragraph, a
 * heading's text or a table ends up as a header, a row or a diagnostic. Pipe rows that
 * Markdown reads as something else (an ATX heading, a fenced code block, an HTML table)
 * are kept as notes, with a warning.
 */
import type { Code, Heading, Html, Nodes, PhrasingContent, Root, Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { DELIMITER_ROW, parseInPieces, parseMarkdown, parseSource, PIPE_ROW, type SourcePiece } from './parse-source.ts';

export interface Cell {
  /** The cell's Markdown as written in the source, trimmed. */
  markdown: string;
  /** Plain text: Markdown and HTML tags removed (an image is its alt text), whitespace collapsed. */
  text: string;
  /** The text with the underscores Markdown read as emphasis kept (`__proto__`, where `text` is `proto`): how a code reads. */
  literal: string;
  /** What `literal` leaves out of the Markdown: "emphasis", "HTML tags", "a link", "an image"…; a code span is not formatting. */
  formatting: string[];
  /** The cell's mdast, for rendering. */
  nodes: PhrasingContent[];
}

export interface SourceRow {
  /** 1-based line in the file. */
  line: number;
  cells: Cell[];
}

export interface SourceTable {
  /** Line of the header row (or of the first row when there is no header). */
  line: number;
  /** Header cells; empty when the source gave the table no header row. */
  header: Cell[];
  rows: SourceRow[];
  /** The prose that stood between the previous table and this one, a line per entry. */
  notes: string[];
}

export type Report = (severity: 'error' | 'warning', line: number, message: string, action: string) => void;

export { parseInPieces, parseMarkdown, parseSource, type ParsedSource, type SourcePiece } from './parse-source.ts';

/**
 * The text the parser reads: no byte-order mark and `\n` line ends. Line numbers do not
 * change; offsets into the text then match the positions remark gives.
 */
export function normalizeMarkdown(markdown: string): string {
  return markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}


/**
 * A row whose first cell is a code: a number with its sign, a hex number, or a single
 * word such as `Other` or `INVALID_ARGUMENT`. Used to tell a header row from a data row
 * and a data row from the continuation of the code above it.
 */
export function looksLikeCode(text: string): boolean {
  return /^[+-]?\d+$/.test(text) || /^0x[0-9a-f]+$/i.test(text) || /^[A-Za-z][A-Za-z0-9_]*$/.test(text) && !/\s/.test(text) && text.length <= 40 && isCatchAllOrConstant(text);
}

function isCatchAllOrConstant(word: string): boolean {
  return /^(others?|default|unknown|any|else)$/i.test(word) || /^[A-Z][A-Z0-9_]+$/.test(word);
}

/** A header cell naming the code column: "Error Code", "Value", "CODE", "errno". */
function isCodeHeader(text: string): boolean {
  return /^(?:[A-Za-z]+\s+){0,2}(?:codes?|values?|errno|status)$/i.test(text) || /^.{0,6}(?:码|碼|コード)$/.test(text);
}

/** How many pipe rows one parse reads at most (`readPipeRows`). */
const ROWS_PER_PARSE = 1000;

/** Every table of a document, in order; `pieces` is `parseInPieces(markdown)`. */
export function findTables(markdown: string, report: Report, pieces?: readonly SourcePiece[]): SourceTable[] {
  const text = normalizeMarkdown(markdown);
  const finder = new TableFinder(report);
  for (const piece of pieces && text === markdown ? pieces : parseInPieces(text)) {
    finder.continuesTable = piece.continuesTable;
    finder.scan(piece.text, piece.lineOffset, piece.parsed);
  }
  finder.finish();
  return finder.tables;
}

/** A line of the file: its text (without block-quote markers) and 1-based number. */
interface Line {
  text: string;
  line: number;
}

class TableFinder {
  readonly tables: SourceTable[] = [];
  private notes: string[] = [];
  /** The line of the first of `notes`. */
  private notesLine = 0;
  /** The next table's rows go on the last table's: the piece being scanned continues it (`parseInPieces`). */
  continuesTable = false;
  /** The lines of the text being scanned that were parsed as a placeholder (`parseSource`). */
  private restored: ReadonlyMap<number, string> = new Map();
  private readonly report: Report;

  constructor(report: Report) {
    this.report = report;
  }

  /** Prose after the last table belongs to no table, and the site shows a table's prose above it: said, not dropped in silence. */
  finish(): void {
    if (this.tables.length === 0 || this.notes.length === 0) return;
    this.report('warning', this.notesLine, `the text after the last table ("${shorten(this.notes[0]!)}") is not shown on the site`,
      'move it above the table it is about (the text before a table is shown with it), or delete it');
  }

  /** Scans a Markdown text whose first line is line `lineOffset + 1` of the file. */
  scan(markdown: string, lineOffset: number, { input, tree, restored } = parseSource(markdown)): void {
    const outer = this.restored;
    this.restored = restored;
    for (const node of tree.children) this.visit(node, input, lineOffset, 0);
    this.restored = outer;
  }

  /** The lines of a node as written in the file, block-quote markers removed. */
  private sourceLines(node: Nodes, markdown: string, lineOffset: number, quoteDepth: number): Line[] {
    const { start, end } = node.position!;
    return markdown.slice(start.offset!, end.offset!).split('\n').map((text, i) => ({
      // The node's first line starts after the markers; lazy lines may have none.
      text: this.restored.get(start.line + i) ?? (i === 0 ? text : stripQuoteMarkers(text, quoteDepth)),
      line: lineOffset + start.line + i,
    }));
  }

  /** `quoteDepth`: how many block quotes hold the node (their `>` start its lines). */
  private visit(node: Nodes, markdown: string, lineOffset: number, quoteDepth: number): void {
    switch (node.type) {
      case 'yaml':
      case 'definition':
        return;
      case 'table':
        return this.addGfmTable(node, markdown, lineOffset);
      case 'paragraph':
        return this.scanLines(this.sourceLines(node, markdown, lineOffset, quoteDepth));
      case 'heading':
        return this.visitHeading(node, markdown, lineOffset, quoteDepth);
      case 'code':
        return this.visitCode(node, markdown, lineOffset);
      case 'html':
        return this.visitHtml(node, markdown, lineOffset, quoteDepth);
      default:
        if ('children' in node) {
          const depth = node.type === 'blockquote' ? quoteDepth + 1 : quoteDepth;
          for (const child of node.children) this.visit(child as Nodes, markdown, lineOffset, depth);
        } else {
          this.addNote(toString(node), lineOffset + node.position!.start.line);
        }
    }
  }

  /**
   * A setext heading (text, then a `===` or `---` line) whose text is pipe rows is a
   * table with a line under it; an ATX heading (`# …`) with a pipe stays a heading.
   */
  private visitHeading(node: Heading, markdown: string, lineOffset: number, quoteDepth: number): void {
    const lines = this.sourceLines(node, markdown, lineOffset, quoteDepth);
    const content = lines.length > 1 ? lines.slice(0, -1) : [];
    if (content.some((l) => PIPE_ROW.test(l.text))) {
      const underline = lines.at(-1)!;
      this.report('warning', underline.line,
        `the "${underline.text.trim()}" line right under table rows makes Markdown read the rows as a heading`,
        'read as table rows; put a blank line above it');
      return this.scanLines(content);
    }
    if (lines.length === 1 && PIPE_ROW.test(lines[0]!.text)) {
      this.report('warning', lines[0]!.line, 'a line with "|" starts with "#", so Markdown reads it as a heading',
        'kept as a note, not read as a table row; write "\\#" for the "#" if it is a row');
    }
    this.addNote(toString(node), lines[0]!.line);
  }

  private visitCode(node: Code, markdown: string, lineOffset: number): void {
    const lines = node.value.split('\n');
    if (isIndentedCode(node, markdown)) {
      if (lines.some((l) => PIPE_ROW.test(l))) return this.scan(node.value, lineOffset + node.position!.start.line - 1);
      return this.addNote(node.value, lineOffset + node.position!.start.line);
    }
    const line = lineOffset + node.position!.start.line;
    const source = markdown.slice(node.position!.start.offset!, node.position!.end.offset!).split('\n');
    const fence = /^[ \t>]*(`{3,}|~{3,})/.exec(source[0]!)?.[1] ?? '```';
    if (source.length < 2 || !new RegExp(`^[ \\t>]*${fence[0]}{${fence.length},}[ \\t]*$`).test(source.at(-1)!)) {
      this.report('warning', line, `the code fence (${fence}) opened here is never closed`,
        'everything below it is read as code, not as tables; close it with a line of ' + fence);
    }
    if (lines.some(looksLikeTableRow)) {
      this.report('warning', line, 'a fenced code block holds table rows',
        'kept as a note, not read as a table; remove the fence lines (``` or ~~~) around the rows if they are a table');
    }
    this.addNote(node.value, line);
  }

  /**
   * An HTML block that ends at a blank line (`<hr>`, `<div>`) takes in the lines under
   * it: when table rows are among them, they are read as Markdown again. Comments,
   * `<pre>`, `<script>` and the like keep what they hold.
   */
  private visitHtml(node: Html, markdown: string, lineOffset: number, quoteDepth: number): void {
    const lines = this.sourceLines(node, markdown, lineOffset, quoteDepth);
    const endsAtBlankLine = !/^\s*<(?:!--|\?|![A-Za-z[]|(?:script|pre|style|textarea)(?:[\s>]|$))/i.test(lines[0]!.text);
    const rescan = endsAtBlankLine && lines.slice(1).some((l) => !l.text.trimStart().startsWith('<') && PIPE_ROW.test(l.text));
    const html = (rescan ? lines.slice(0, 1) : lines).map((l) => l.text).join('\n');
    if (/<(?:table|tr|td|th)\b/i.test(html)) {
      this.report('warning', lines[0]!.line, 'an HTML table is not read',
        'kept as a note; write it as a Markdown table (rows like "| code | description |") to have its codes read');
    }
    this.addNote(html.replace(/<[^>]*>/g, ' '), lines[0]!.line);
    if (!rescan) return;
    // Where the next line is HTML too, the scan below reports the rows under it.
    if (!lines[1]!.text.trimStart().startsWith('<')) {
      this.report('warning', lines[1]!.line, 'the lines right under an HTML line are HTML to Markdown, table rows among them',
        'read as Markdown, rows included; put a blank line under the HTML line');
    }
    this.scan(lines.slice(1).map((l) => l.text).join('\n'), lines[1]!.line - 1);
  }

  /** Splits lines of text into prose lines and blocks of consecutive pipe rows. */
  private scanLines(lines: Line[]): void {
    let block: Line[] = [];
    const flush = () => {
      if (block.length > 0) this.addPipeBlock(block);
      block = [];
    };
    for (const line of lines) {
      if (PIPE_ROW.test(line.text)) {
        block.push(line);
      } else {
        flush();
        this.addNote(line.text, line.line);
      }
    }
    flush();
  }

  /**
   * Pipe rows without a delimiter row. The first row is the header unless it starts
   * with a code; a later row equal to the header starts the next table (tables
   * copied one after another with no text between them). A lone line that is not a
   * code row is prose with a pipe in it.
   */
  private addPipeBlock(block: Line[]): void {
    const rows = this.readPipeRows(block);
    if (rows.length === 0) return;
    const first = rows[0]!;
    const firstCell = first.cells[0]?.text ?? '';
    const hasHeader = !looksLikeCode(firstCell) || isCodeHeader(firstCell);
    if (hasHeader && rows.length === 1) {
      this.report('warning', first.line, 'a line with "|" stands on its own, outside any table',
        'kept as a note; write "\\|" for the "|" if it is prose, or put the table\'s rows under it');
      return this.addNote(block.find((l) => l.line === first.line)!.text, first.line);
    }
    if (!hasHeader) {
      this.report('warning', first.line, 'table has no header row',
        'its columns were read as "Error Code | Description"; add a header row such as "Error Code | Description |" above it');
      return this.addTable(first.line, [], rows);
    }
    if (!isCodeHeader(firstCell)) {
      this.report('warning', first.line, `the first row ("${shorten(first.cells.map((c) => c.text).join(' | '))}") was read as the table's header`,
        'if it is a row of codes, add a header row such as "Error Code | Description |" above it');
    }
    const headerKey = rowKey(first.cells);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i === rows.length || rowKey(rows[i]!.cells) === headerKey) {
        this.addTable(rows[start]!.line, rows[start]!.cells, rows.slice(start + 1, i));
        start = i;
      }
    }
  }

  /**
   * Reads pipe rows as the body of a synthetic table, so remark-gfm splits their cells.
   * Each line is given a leading pipe (which changes none of its cells) so that nothing
   * in it (`-`, `#`, `>`, an indent) can start another kind of block. A row's cells do not
   * depend on the other rows, so a long block is parsed in pieces: the memory one parse
   * holds, and with it the garbage collector's work, stays small.
   */
  private readPipeRows(block: Line[]): SourceRow[] {
    const rows: SourceRow[] = [];
    for (let first = 0; first < block.length; first += ROWS_PER_PARSE) {
      const piece = block.slice(first, first + ROWS_PER_PARSE);
      const synthetic = ['| |', '| - |', ...piece.map((l) => asPipeRow(l.text))].join('\n');
      const table = parseMarkdown(synthetic).children[0];
      const read = new Set<number>();
      if (table?.type === 'table') {
        for (const row of table.children.slice(1)) {
          const index = row.position!.start.line - 3;
          const { text, line } = piece[index]!;
          read.add(index);
          if (DELIMITER_ROW.test(text)) {
            this.report('warning', line, 'a delimiter row ("|---|") that starts no table',
              'ignored; a table starts here only if the row above it has as many cells as it has');
          } else {
            rows.push({ line, cells: toCells(row, synthetic) });
          }
        }
      }
      piece.forEach((line, index) => {
        if (!read.has(index)) {
          this.report('error', line.line, 'a line with "|" could not be read as a table row',
            'check the line\'s "|" characters; the line was left out');
        }
      });
    }
    return rows;
  }

  private addGfmTable(table: Table, markdown: string, lineOffset: number): void {
    const [headerRow, ...bodyRows] = table.children;
    const rows: SourceRow[] = [];
    for (const row of bodyRows) {
      const line = lineOffset + row.position!.start.line;
      const text = markdown.slice(row.position!.start.offset!, row.position!.end.offset!);
      if (DELIMITER_ROW.test(text)) {
        this.report('warning', line, 'a second delimiter row ("|---|") in a table', 'ignored; delete it');
        continue;
      }
      if (!PIPE_ROW.test(text)) {
        this.report('warning', line, 'a line with no "|" right under a table is read by Markdown as a row of the table',
          'read as a row; put a blank line above it if it is not part of the table');
      }
      rows.push({ line, cells: toCells(row, markdown) });
    }
    if (this.continuesTable) {
      // The header is a copy: the rows are the last table's.
      this.continuesTable = false;
      for (const row of rows) this.tables.at(-1)!.rows.push(row);
      return;
    }
    const line = lineOffset + headerRow!.position!.start.line;
    const header = toCells(headerRow!, markdown);
    const firstCell = header[0]?.text ?? '';
    if (looksLikeCode(firstCell) && !isCodeHeader(firstCell)) {
      this.report('warning', line, `the table's header row starts with the code ${firstCell}`,
        'read as a row, the columns as "Error Code | Description"; add a header row such as "| Error Code | Description |" above it');
      return this.addTable(line, [], [{ line, cells: header }, ...rows]);
    }
    this.addTable(line, header, rows);
  }

  private addTable(line: number, header: Cell[], rows: SourceRow[]): void {
    if (rows.length === 0) {
      this.report('warning', line, 'table has a header row and no rows',
        'add its rows, or delete it (and its item in the frontmatter\'s "tables:")');
    }
    this.tables.push({ line, header, rows, notes: this.notes });
    this.notes = [];
  }

  private addNote(text: string, line: number): void {
    const note = text.replace(/\s+/g, ' ').trim();
    if (!note) return;
    if (this.notes.length === 0) this.notesLine = line;
    this.notes.push(note);
  }
}

function stripQuoteMarkers(text: string, depth: number): string {
  for (let i = 0; i < depth; i++) {
    const marker = /^[ \t]*>[ \t]?/.exec(text);
    if (!marker) break;
    text = text.slice(marker[0].length);
  }
  return text;
}

/** The row with a leading pipe: GFM reads `| a | b` and `a | b` into the same cells. */
function asPipeRow(text: string): string {
  const trimmed = text.trimStart();
  return trimmed.startsWith('|') ? trimmed : `|${trimmed}`;
}

/** A code-block line shaped like a table row: a delimiter row, or a code then a pipe. */
function looksLikeTableRow(line: string): boolean {
  const firstCell = /^\s*\|?((?:[^\\|]|\\.)*)\|/.exec(line)?.[1]?.trim();
  return PIPE_ROW.test(line) && (DELIMITER_ROW.test(line) || (firstCell !== undefined && looksLikeCode(firstCell)));
}

function isIndentedCode(node: Code, markdown: string): boolean {
  return !/^\s*(```|~~~)/.test(markdown.slice(node.position!.start.offset!));
}

function rowKey(cells: Cell[]): string {
  return cells.map((c) => c.text.toLowerCase()).join('|');
}

/** The text cut to `max` characters, with "…" where it was cut: for quoting a source in a diagnostic. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function toCells(row: TableRow, markdown: string): Cell[] {
  return row.children.map((cell) => toCell(cell, markdown));
}

function toCell(cell: TableCell, markdown: string): Cell {
  const first = cell.children[0];
  const last = cell.children.at(-1);
  return {
    markdown: first && last ? markdown.slice(first.position!.start.offset!, last.position!.end.offset!).trim() : '',
    ...readCell(cell, markdown),
    nodes: cell.children,
  };
}

/** What the code cell's Markdown has that its text leaves out, by node type. */
const FORMATTING: Partial<Record<Nodes['type'], string>> = {
  emphasis: 'emphasis', strong: 'emphasis', delete: 'strikethrough', html: 'HTML tags', break: 'a line break',
  link: 'a link', linkReference: 'a link', image: 'an image', imageReference: 'an image', footnoteReference: 'a footnote',
};

/**
 * A cell's plain text (HTML tags become spaces, `<br>`, `<li>`; an image its alt text;
 * whitespace collapsed), its literal reading and the formatting the text leaves out.
 */
function readCell(cell: TableCell, markdown: string): Pick<Cell, 'text' | 'literal' | 'formatting'> {
  const text: string[] = [];
  const literal: string[] = [];
  const formatting = new Set<string>();
  const walk = (node: Nodes) => {
    // `_` is a character of codes (`__proto__`, `_INTERNAL_`): where Markdown read it as emphasis, the literal reading keeps it.
    const marker = (node.type === 'emphasis' || node.type === 'strong') && markdown[node.position!.start.offset!] === '_'
      ? '_'.repeat(node.type === 'strong' ? 2 : 1) : undefined;
    if (!marker && FORMATTING[node.type]) formatting.add(FORMATTING[node.type]!);
    if (marker) literal.push(marker);
    if (node.type === 'html') {
      text.push(' ');
      literal.push(' ');
    } else if (node.type === 'image' || node.type === 'imageReference') {
      text.push(node.alt ?? '');
      literal.push(node.alt ?? '');
    } else if ('value' in node) {
      text.push(node.value);
      literal.push(node.value);
    } else if ('children' in node) {
      for (const child of node.children) walk(child as Nodes);
    }
    if (marker) literal.push(marker);
  };
  walk(cell);
  const collapse = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();
  return { text: collapse(text), literal: collapse(literal), formatting: [...formatting] };
}
