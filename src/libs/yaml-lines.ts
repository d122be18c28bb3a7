/**
 * YAML with line numbers, for diagnostics: the parse errors and the line of any key,
 * so a problem in a frontmatter or a registry file is reported where it is written.
 */
import type { z } from 'zod';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface YamlWithLines {
  /** The parsed value; undefined when `errors` is not empty. */
  value: unknown;
  /** Syntax errors: 1-based line in the YAML text and the first line of the message. */
  errors: { line: number; message: string }[];
  /**
   * 1-based line of what `path` names: the key of a mapping entry, an item of a list;
   * where the path goes further than the YAML, the deepest part that exists.
   */
  lineOf(path: readonly PropertyKey[]): number;
}

export function parseYamlWithLines(text: string): YamlWithLines {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const errors = doc.errors.map((error) => ({ line: lineAt(error.pos[0]), message: error.message.split('\n')[0]! }));
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
  return { value: errors.length > 0 ? undefined : doc.toJS(), errors, lineOf };
}

/** Where a schema issue is: its path, or one path per key for an unknown-keys issue. */
export function issuePaths(issue: z.core.$ZodIssue): PropertyKey[][] {
  return issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
}
