/**
 * Tables → rows of codes. Gives each column a role (libs/column-roles.ts: declared in the
 * frontmatter, or guessed from its header), finds the code column, and reads every row
 * as a code, or as the continuation of the code above it (a rowspan in the original
 * page). Rows of odd shapes are kept and reported.
 */
import type { CellRole, ColumnRole } from '../schemas/column-role.ts';
import { readColumnRoles } from './column-roles.ts';
import { looksLikeCode, shorten, type Cell, type Report, type SourceTable } from './tables.ts';

/**
 * A column's key in `codes.json`: its role (`description`, `solution`, `name`…), or its
 * header slugified for a note; `-2`, `-3` for a second or third column of one key.
 */
export type ColumnKey = 'description' | 'solution' | 'descriptor' | 'api' | 'name' | (string & {});

export interface Column {
  key: ColumnKey;
  role: CellRole;
  /** The header as the source writes it. */
  name: string;
}

/** The roles the frontmatter declares for a table's columns, and where to report a problem with them. */
export interface DeclaredColumns {
  roles: Readonly<Record<string, ColumnRole>>;
  /** Line of the declaration of a header (of `columns:` itself without one). */
  lineOf(header?: string): number;
}

export interface CodeRow {
  line: number;
  /** The code as the source writes it, sign included. */
  code: string;
  /** One cell per column of `TableRows.columns` (empty where the row had none). */
  cells: Cell[];
  /** The row had no code of its own and continues the code above it. */
  continuation: boolean;
}

export interface TableRows {
  /** The table's columns other than the code column. */
  columns: Column[];
  rows: CodeRow[];
}

const DEFAULT_HEADER = ['Error Code', 'Description'];

const emptyCell: Cell = { markdown: '', text: '', literal: '', formatting: [], nodes: [] };

export function readRows(table: SourceTable, report: Report, declared?: DeclaredColumns): TableRows {
  const headerNames = table.header.length > 0 ? table.header.map((c) => c.text) : DEFAULT_HEADER;
  const widest = table.rows.reduce((most, row) => Math.max(most, row.cells.length), headerNames.length);
  const names = Array.from({ length: widest }, (_, i) => headerNames[i] || `Column ${i + 1}`);
  // The guess reads the cells as if the code came first, as it does where rows lose cells to a rowspan.
  const guessRows = table.rows.map((r) => align(r.cells, headerNames.length, names.length, 0).cells);
  const { roles, codeIndex, guess, problems } = readColumnRoles({
    names, cells: names.map((_, i) => guessRows.map((cells) => cells[i]?.text ?? '')), declared: declared?.roles,
  });
  for (const problem of problems) report('error', declared!.lineOf(problem.header), `"columns": ${problem.message}`, problem.action);
  if (guess) report('warning', table.line, guess.message, guess.action);
  const columnIndexes = names.map((_, i) => i).filter((i) => i !== codeIndex);

  const rows: CodeRow[] = [];
  for (const row of table.rows) {
    const cells = row.cells;
    if (cells.every((c) => c.text === '' && c.markdown === '')) {
      report('warning', row.line, 'empty table row', 'ignored; delete the row if it is not meant to hold a code');
      continue;
    }
    const { cells: aligned, shiftedRight } = align(cells, headerNames.length, names.length, codeIndex);
    const codeCell = aligned[codeIndex] ?? emptyCell;
    const code = codeCell.literal;
    const previous = rows.at(-1);
    if (codeCell.formatting.length > 0) {
      report('warning', row.line, `the code cell ${JSON.stringify(shorten(codeCell.markdown))} holds formatting that is not part of a code (${codeCell.formatting.join(', ')})`,
        `read as ${code ? `the code ${JSON.stringify(shorten(code))}` : 'no code (the row continues the code above)'}; write the code as plain text if the source allows`);
    }

    if (code === '' && !previous) {
      report('error', row.line, 'row has no code and there is no code above it to continue',
        'put the code in the first cell of this row');
      continue;
    }
    const describedCells = cells.filter((c, i) => i !== codeIndex && c.text !== '');
    // A lone code with nothing after it gets the "no description" warning below instead.
    if (!shiftedRight && cells.length !== headerNames.length && describedCells.length > 0) {
      const fewer = cells.length < headerNames.length;
      report('warning', row.line,
        `row has ${cells.length} cell${cells.length === 1 ? '' : 's'} but the header has ${headerNames.length}`,
        fewer ? 'kept, the missing cells left empty; add the cells if the source has them'
              : 'kept, the extra cells shown as extra columns; check for an unescaped "|" in a cell (write it as "\\|")');
    }
    const codeRow: CodeRow = {
      line: row.line,
      code: code || previous!.code,
      cells: columnIndexes.map((i) => aligned[i] ?? emptyCell),
      continuation: code === '',
    };
    rows.push(codeRow);
  }
  // A code with no description of its own and no continuation row that gives it one.
  rows.forEach((row, i) => {
    const describedBelow = rows[i + 1]?.continuation && rows[i + 1]!.cells.some((c) => c.text !== '');
    if (!row.continuation && !describedBelow && row.cells.every((c) => c.text === '')) {
      report('warning', row.line, `code ${row.code} has no description`,
        'kept and marked "no description in the source"; copy the description from the original page if it has one');
    }
  });
  const keys = columnKeys(names, roles);
  return {
    columns: columnIndexes.map((i) => ({ key: keys[i]!, role: roles[i] as Column['role'], name: names[i]! })),
    rows,
  };
}

/**
 * A row's cells under the table's columns. A short row whose first cell is not a code
 * lost its code cell to a rowspan: its cells are the table's last ones.
 */
function align(cells: Cell[], headerLength: number, width: number, codeIndex: number): { cells: Cell[]; shiftedRight: boolean } {
  const codeCell = cells[codeIndex]?.text ?? '';
  const shiftedRight = cells.length < headerLength && codeIndex === 0 && codeCell !== '' && !looksLikeCode(codeCell);
  return { cells: shiftedRight ? [...Array<Cell>(width - cells.length).fill(emptyCell), ...cells] : cells, shiftedRight };
}

/** A key per column: its role, or for a note its header slugified; repeated keys numbered. */
function columnKeys(names: readonly string[], roles: readonly ColumnRole[]): ColumnKey[] {
  const seen = new Map<string, number>();
  return roles.map((role, i) => {
    const base = role === 'note' ? slugify(names[i]!) : role;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'column';
}
