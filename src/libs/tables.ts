/**
 * Source Markdown → tables. Finds every table in a document with remark-parse +
 * remark-gfm, including the copy artefacts vendors' pages turn into:
 * - GFM tables, anywhere in the tree;
 * - tables indented by a tab or four spaces, which Markdown reads as code;
 * - blocks of pipe rows with no delimiter row (`90001 | text |`), which Markdown reads
 *   as a paragraph. These are given a delimiter row and parsed by remark-gfm too, so
 *   every cell is split by the same rules (escaped pipes, code spans, inline HTML).
 */
import type { Code, Html, Nodes, Paragraph, PhrasingContent, Root, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface Cell {
  /** The cell's Markdown as written in the source, trimmed. */
  markdown: string;
  /** Plain text: Markdown and HTML tags removed, whitespace collapsed. */
  text: string;
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

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return markdownParser.parse(markdown);
}

/** A line that holds at least one unescaped pipe. */
const PIPE_ROW = /^(?:[^\\|]|\\.)*\|/;

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

/** Every table of a document, in order; `tree` is `parseMarkdown(markdown)`. */
export function findTables(markdown: string, report: Report, tree = parseMarkdown(markdown)): SourceTable[] {
  const finder = new TableFinder(report);
  finder.scan(markdown, 0, tree);
  return finder.tables;
}

class TableFinder {
  readonly tables: SourceTable[] = [];
  private notes: string[] = [];
  private readonly report: Report;

  constructor(report: Report) {
    this.report = report;
  }

  /** Scans a Markdown text whose first line is line `lineOffset + 1` of the file. */
  scan(markdown: string, lineOffset: number, tree = parseMarkdown(markdown)): void {
    for (const node of tree.children) this.visit(node, markdown, lineOffset);
  }

  private visit(node: Nodes, markdown: string, lineOffset: number): void {
    switch (node.type) {
      case 'yaml':
      case 'definition':
        return;
      case 'table':
        return this.addGfmTable(node, markdown, lineOffset, null);
      case 'paragraph':
        return this.scanParagraph(node, markdown, lineOffset);
      case 'code':
        if (isIndentedCode(node, markdown) && node.value.split('\n').some((l) => PIPE_ROW.test(l))) {
          return this.scan(node.value, lineOffset + node.position!.start.line - 1);
        }
        return this.addNote(node.value);
      case 'html':
        return this.addNote(htmlText(node));
      default:
        if ('children' in node) {
          for (const child of node.children) this.visit(child as Nodes, markdown, lineOffset);
        } else {
          this.addNote(toString(node));
        }
    }
  }

  /** Splits a paragraph into prose lines and blocks of consecutive pipe rows. */
  private scanParagraph(node: Paragraph, markdown: string, lineOffset: number): void {
    const { start, end } = node.position!;
    const lines = markdown.slice(start.offset!, end.offset!).split('\n');
    let block: string[] = [];
    let blockLine = 0;
    const flush = () => {
      if (block.length > 0) this.addPipeBlock(block, blockLine);
      block = [];
    };
    lines.forEach((text, index) => {
      const line = lineOffset + start.line + index;
      if (PIPE_ROW.test(text)) {
        if (block.length === 0) blockLine = line;
        block.push(text);
      } else {
        flush();
        this.addNote(text);
      }
    });
    flush();
  }

  /**
   * Pipe rows without a delimiter row. The first row is the header unless it starts
   * with a code; a later row equal to the header starts the next table (tables
   * copied one after another with no text between them).
   */
  private addPipeBlock(lines: string[], firstLine: number): void {
    const firstCells = splitRow(lines[0]!);
    const hasHeader = !looksLikeCode(firstCells[0]?.text ?? '');
    if (!hasHeader) {
      this.report('warning', firstLine, 'table has no header row',
        'its columns were read as "Error Code | Description"; add a header row such as "Error Code | Description |" above it');
    }
    const headerKey = hasHeader ? rowKey(firstCells) : null;
    let start = 0;
    for (let i = 1; i <= lines.length; i++) {
      if (i === lines.length || (headerKey !== null && rowKey(splitRow(lines[i]!)) === headerKey)) {
        this.addDelimiterlessTable(lines.slice(start, i), firstLine + start, hasHeader);
        start = i;
      }
    }
  }

  private addDelimiterlessTable(lines: string[], firstLine: number, hasHeader: boolean): void {
    const headerLine = hasHeader ? lines[0]! : 'Error Code | Description |';
    const rows = hasHeader ? lines.slice(1) : lines;
    // Rows of the synthetic table start on its line 3; map them back to the file.
    const synthetic = [headerLine, delimiterFor(headerLine), ...rows].join('\n');
    const table = parseMarkdown(synthetic).children[0];
    if (table?.type !== 'table') throw new Error(`internal: pipe block at line ${firstLine} did not parse as a table`);
    this.addGfmTable(table, synthetic, 0, { firstLine, hasHeader });
  }

  private addGfmTable(
    table: Table,
    markdown: string,
    lineOffset: number,
    synthetic: { firstLine: number; hasHeader: boolean } | null,
  ): void {
    const lineOf = (syntheticLine: number) =>
      synthetic === null
        ? lineOffset + syntheticLine
        : synthetic.firstLine + (syntheticLine === 1 ? 0 : syntheticLine - (synthetic.hasHeader ? 2 : 3));
    const [headerRow, ...bodyRows] = table.children;
    const toCells = (cells: TableCell[]) => cells.map((cell) => toCell(cell, markdown));
    this.tables.push({
      line: lineOf(table.position!.start.line),
      header: synthetic && !synthetic.hasHeader ? [] : toCells(headerRow!.children),
      rows: bodyRows.map((row) => ({ line: lineOf(row.position!.start.line), cells: toCells(row.children) })),
      notes: this.notes,
    });
    this.notes = [];
  }

  private addNote(text: string): void {
    const line = text.replace(/\s+/g, ' ').trim();
    if (line) this.notes.push(line);
  }
}

function isIndentedCode(node: Code, markdown: string): boolean {
  return !/^\s*(```|~~~)/.test(markdown.slice(node.position!.start.offset!));
}

function htmlText(node: Html): string {
  return node.value.replace(/<[^>]*>/g, ' ');
}

/** A GFM delimiter row with as many cells as `headerLine` has. */
function delimiterFor(headerLine: string): string {
  return headerLine.replace(/\\.|[^|]/g, '-').replace(/-+/g, '-');
}

/** Cells of one pipe row, split by remark-gfm. */
function splitRow(line: string): Cell[] {
  const synthetic = `${line}\n${delimiterFor(line)}`;
  const table = parseMarkdown(synthetic).children[0];
  return table?.type === 'table' ? table.children[0]!.children.map((cell) => toCell(cell, synthetic)) : [];
}

function rowKey(cells: Cell[]): string {
  return cells.map((c) => c.text.toLowerCase()).join('|');
}

function toCell(cell: TableCell, markdown: string): Cell {
  const first = cell.children[0];
  const last = cell.children.at(-1);
  return {
    markdown: first && last ? markdown.slice(first.position!.start.offset!, last.position!.end.offset!).trim() : '',
    text: cellText(cell),
    nodes: cell.children,
  };
}

/** Plain text of a cell: HTML tags become spaces (`<br>`, `<li>`), whitespace collapses. */
function cellText(cell: TableCell): string {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'html') parts.push(' ');
    else if ('value' in node) parts.push(node.value);
    else if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(cell);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
