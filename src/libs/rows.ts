/**
 * Tables → rows of codes. Names each column by what its header says, finds the code
 * column, and reads every row as a code, or as the continuation of the code above it
 * (a rowspan in the original page). Rows of odd shapes are kept and reported.
 */
import { looksLikeCode, shorten, type Cell, type Report, type SourceTable } from './tables.ts';

/** What a column holds, from its header: the key used in `codes.json`. */
export type ColumnKey = 'code' | 'description' | 'solution' | 'descriptor' | 'api' | (string & {});

export interface Column {
  key: ColumnKey;
  /** The header as the source writes it. */
  name: string;
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

/** Header words → column key, first match wins ("Cause and Solution" is a solution). */
const COLUMN_KEYS: [RegExp, ColumnKey][] = [
  [/\b(code|value|errno|status)\b/i, 'code'],
  [/\b(english|descriptor|identifier|constant|name)\b/i, 'descriptor'],
  [/\b(solution|suggestion|handling|action|fix|call method|what to do)\b/i, 'solution'],
  [/\b(api|interface|endpoint)\b/i, 'api'],
  [/\b(description|meaning|message|cause|reason|explanation)\b/i, 'description'],
];

const DEFAULT_HEADER = ['Error Code', 'Description'];

const emptyCell: Cell = { markdown: '', text: '', literal: '', formatting: [], nodes: [] };

export function readRows(table: SourceTable, report: Report): TableRows {
  const headerNames = table.header.length > 0 ? table.header.map((c) => c.text) : DEFAULT_HEADER;
  const widest = table.rows.reduce((most, row) => Math.max(most, row.cells.length), headerNames.length);
  const names = Array.from({ length: widest }, (_, i) => headerNames[i] || `Column ${i + 1}`);
  const keys = columnKeys(names);
  const codeIndex = Math.max(0, keys.indexOf('code'));
  const columnIndexes = names.map((_, i) => i).filter((i) => i !== codeIndex);

  const rows: CodeRow[] = [];
  for (const row of table.rows) {
    const cells = row.cells;
    if (cells.every((c) => c.text === '' && c.markdown === '')) {
      report('warning', row.line, 'empty table row', 'ignored; delete the row if it is not meant to hold a code');
      continue;
    }
    const firstText = cells[codeIndex]?.text ?? '';
    // A short row whose first cell is not a code lost its code cell to a rowspan:
    // its cells are the table's last ones.
    const shiftedRight = cells.length < headerNames.length && codeIndex === 0 && firstText !== '' && !looksLikeCode(firstText);
    const aligned = shiftedRight ? [...Array<Cell>(names.length - cells.length).fill(emptyCell), ...cells] : cells;
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
  return {
    columns: columnIndexes.map((i) => ({ key: keys[i]!, name: names[i]! })),
    rows,
  };
}

/** A key per column; the first column is the code column unless another says so. */
function columnKeys(names: string[]): ColumnKey[] {
  const keys = names.map((name) => COLUMN_KEYS.find(([pattern]) => pattern.test(name))?.[1] ?? slugify(name));
  const firstCode = keys.indexOf('code');
  const codeIndex = firstCode === -1 ? 0 : firstCode;
  const seen = new Map<string, number>();
  return keys.map((key, i) => {
    if (i === codeIndex) return 'code';
    const base = key === 'code' ? slugify(names[i]!) : key;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'column';
}
