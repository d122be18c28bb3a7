/**
 * A table's columns → what each holds (its role: schemas/column-role.ts). A role the
 * table's frontmatter item declares (`columns: { Reason: name }`) beats the guess; the
 * other columns are guessed from their header's words and, where a word may name either
 * an error name or a description ("Reason", "Message", "Error"), from what the column's
 * cells look like. The guess says when it had to choose the description column (two
 * candidates, or none among several columns), and how to declare the roles instead.
 */
import type { ColumnRole } from '../schemas/column-role.ts';
import { isErrorName } from './code-lookup.ts';

/** A header word that may be an error name ("Reason": `BadDeviceToken`) or a description ("Reason": "The token expired"). */
type HeaderReading = ColumnRole | 'name-or-description';

/** Header words → role, first match wins ("Cause and Solution" is a solution). The README lists them. */
const HEADER_ROLES: [RegExp, HeaderReading][] = [
  [/\b(code|value|errno|status)\b/i, 'code'],
  [/\b(english|descriptor|identifier|constant)\b/i, 'descriptor'],
  [/\bname\b/i, 'name'],
  [/\b(solution|suggestion|handling|action|fix|call method|what to do|resolution|remedy)\b/i, 'solution'],
  [/\b(api|interface|endpoint)\b/i, 'api'],
  [/\b(description|meaning|cause|explanation|details?)\b/i, 'description'],
  [/\b(reason|message|error)\b/i, 'name-or-description'],
];

export interface ColumnRolesInput {
  /** Each column's header as written ("Column 3" where the header has no cell for it). */
  names: readonly string[];
  /** Each column's cell texts, row by row. */
  cells: readonly (readonly string[])[];
  /** The roles the frontmatter declares, by header. */
  declared?: Readonly<Record<string, ColumnRole>> | undefined;
}

export interface ColumnRoles {
  /** A role per column, one of them `code`. */
  roles: ColumnRole[];
  codeIndex: number;
  /** Set when the description column was guessed among several, or none was found among several columns. */
  guess?: { message: string; action: string };
  /** What is wrong with the declaration: a header the table does not have, a role only one column can have given to several. */
  problems: { header?: string; message: string; action: string }[];
}

/** Roles only one column of a table can have. */
const SINGLE_ROLES: ColumnRole[] = ['code', 'name', 'description'];

export function readColumnRoles({ names, cells, declared = {} }: ColumnRolesInput): ColumnRoles {
  const problems: ColumnRoles['problems'] = [];
  const normalize = (header: string) => header.replace(/\s+/g, ' ').trim().toLowerCase();
  const declaredRoles: (ColumnRole | undefined)[] = names.map(() => undefined);
  for (const [header, role] of Object.entries(declared)) {
    const matching = names.flatMap((name, i) => (normalize(name) === normalize(header) ? [i] : []));
    if (matching.length === 0) {
      problems.push({ header, message: `the table has no column "${header}"`,
        action: `its columns are ${names.map((n) => `"${n}"`).join(', ')}; name one of them as the table writes it` });
    }
    for (const i of matching) declaredRoles[i] = role;
  }
  for (const role of SINGLE_ROLES) {
    const declaredAs = names.filter((_, i) => declaredRoles[i] === role);
    if (declaredAs.length > 1) {
      problems.push({ message: `${declaredAs.map((n) => `"${n}"`).join(' and ')} are both declared ${role}`,
        action: `a table has one ${role} column; declare the others as note (or another role)` });
    }
  }

  const headerReadings = names.map((name) => HEADER_ROLES.find(([words]) => words.test(name))?.[1] ?? 'note');
  const undeclared = (i: number) => declaredRoles[i] === undefined;
  const codeIndex = firstIndex(declaredRoles, (role) => role === 'code')
    ?? firstIndex(headerReadings, (reading, i) => reading === 'code' && undeclared(i))
    ?? firstIndex(names, (_, i) => undeclared(i))
    ?? 0;
  if (declaredRoles.every((role) => role !== undefined) && declaredRoles[codeIndex] !== 'code') {
    problems.push({ message: 'no column is declared code', action: `declare the column that holds the codes as code; "${names[codeIndex]}" was read as the code` });
  }

  const roles: ColumnRole[] = names.map((_, i) => {
    if (i === codeIndex) return 'code';
    const reading = declaredRoles[i] ?? headerReadings[i]!;
    return reading === 'code' || reading === 'name-or-description' ? 'note' : reading;
  });
  const guessed = names.map((_, i) => i !== codeIndex && undeclared(i));

  // The name: declared, or the first column a header calls a name, or whose "Reason"-like header has names in its cells.
  const nameCandidates = guessed.flatMap((g, i) => (g && (headerReadings[i] === 'name'
    || (headerReadings[i] === 'name-or-description' && looksLikeNames(cells[i] ?? []))) ? [i] : []));
  const nameIndex = declaredRoles.includes('name') ? declaredRoles.indexOf('name') : nameCandidates[0];
  for (const i of nameCandidates) roles[i] = i === nameIndex ? 'name' : 'note';

  // The description: declared, or the first candidate, a clear header ("Meaning") before an ambiguous one ("Reason").
  const descriptionDeclared = declaredRoles.includes('description');
  const strong = guessed.flatMap((g, i) => (g && headerReadings[i] === 'description' ? [i] : []));
  const weak = guessed.flatMap((g, i) => (g && headerReadings[i] === 'name-or-description' && !nameCandidates.includes(i) ? [i] : []));
  const candidates = descriptionDeclared ? [] : [...strong, ...weak];
  for (const i of [...strong, ...weak]) roles[i] = i === candidates[0] ? 'description' : 'note';

  const reading = () => `columns: { ${names.map((name, i) => `${yamlKey(name)}: ${roles[i]}`).join(', ')} }`;
  const others = names.length - 1;
  let guess: ColumnRoles['guess'];
  if (candidates.length > 1) {
    guess = {
      message: `the table has ${candidates.length} columns that could be its description: ${candidates.map((i) => `"${names[i]}"`).join(', ')}`,
      action: `read "${names[candidates[0]!]}" as the description; to confirm or change that, declare the roles in the table's item in the frontmatter: ${reading()}`,
    };
  } else if (!descriptionDeclared && candidates.length === 0 && others > 1 && guessed.some(Boolean)) {
    guess = {
      message: 'the table has no description column',
      action: `each row is summed up by its first filled column; declare the column that says what a code means as description in the table's item in the frontmatter, e.g. ${reading()} with that column's role changed to description`,
    };
  }
  return { roles, codeIndex, problems, ...(guess ? { guess } : {}) };
}

/**
 * A column of error names: every filled cell one word (`BadDeviceToken`, `Unregistered`),
 * at least half of them shaped like error names (CamelCase, CAPITALS, snake_case).
 */
function looksLikeNames(texts: readonly string[]): boolean {
  const filled = texts.filter((t) => t !== '');
  return filled.length > 0 && filled.every((t) => /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(t))
    && filled.filter(isErrorName).length * 2 >= filled.length;
}

function firstIndex<T>(items: readonly T[], test: (item: T, i: number) => boolean): number | undefined {
  const i = items.findIndex(test);
  return i === -1 ? undefined : i;
}

/** A header as a key of a YAML flow mapping: quoted when YAML would read it otherwise. */
function yamlKey(name: string): string {
  return /^[A-Za-z0-9][\w .()/-]*$/.test(name) && !/\s$/.test(name) ? name : JSON.stringify(name);
}
