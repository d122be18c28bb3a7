/**
 * YAML with line numbers, for diagnostics: the parse errors and the line of any key,
 * so a problem in a frontmatter or a registry file is reported where it is written.
 * Every YAML file of content/ is read here, so nothing the YAML library throws (an
 * alias bomb, an alias with no anchor, a stack overflow) leaves without a line.
 */
import type { z } from 'zod';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface YamlError {
  /** 1-based line in the YAML text. */
  line: number;
  /** What is wrong, said of the file (or frontmatter): `is not valid YAML: …`. */
  message: string;
  /** What to do, when it is not simply "fix the YAML". */
  action?: string;
}

export interface YamlWithLines {
  /** The parsed value; undefined when `errors` is not empty. */
  value: unknown;
  errors: YamlError[];
  /**
   * 1-based line of what `path` names: the key of a mapping entry, an item of a list;
   * where the path goes further than the YAML, the deepest part that exists.
   */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * How many times aliases (`*name`) may be expanded in one file: content files need
 * none, and the YAML library's guard against "billion laughs" documents stops there.
 */
const MAX_ALIAS_COUNT = 100;

const NO_ALIASES = 'write it out in full: a content file needs no anchors or aliases (&name, *name)';

export function parseYamlWithLines(text: string): YamlWithLines {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false });
  } catch (error) {
    return { value: undefined, errors: [thrownError(error, 1)], lineOf: () => 1 };
  }
  const errors: YamlError[] = doc.errors.map((error) => ({ line: lineAt(error.pos[0]), message: `is not valid YAML: ${firstLine(error)}` }));
  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        const range = (node as { range?: [number, number, number] }).range;
        if (range) line = lineAt(range[0]);
      } else {
        break;
      }
    }
    return line;
  };
  if (errors.length > 0) return { value: undefined, errors, lineOf };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors, lineOf };
  } catch (error) {
    return { value: undefined, errors: [thrownError(error, aliasLine(doc, firstLine(error), lineAt) ?? 1)], lineOf };
  }
}

/** What the YAML library threw, as an error at `line`. */
function thrownError(error: unknown, line: number): YamlError {
  const message = firstLine(error);
  return /excessive alias/i.test(message)
    ? { line, message: `has YAML aliases that expand to too much data (${message})`, action: NO_ALIASES }
    : { line, message: `cannot be read as YAML: ${message}`, action: `fix the YAML; ${NO_ALIASES}` };
}

/** The line of the alias an error names (`…: nowhere`), else of the first alias. */
function aliasLine(doc: Document, message: string, lineAt: (offset: number) => number): number | undefined {
  let first: number | undefined;
  let named: number | undefined;
  visit(doc, {
    Alias(_, node) {
      const line = node.range ? lineAt(node.range[0]) : undefined;
      first ??= line;
      if (message.endsWith(`: ${node.source}`)) {
        named = line;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return named ?? first;
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0]!;

/** Where a schema issue is: its path, or one path per key for an unknown-keys issue. */
export function issuePaths(issue: z.core.$ZodIssue): PropertyKey[][] {
  return issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
}
