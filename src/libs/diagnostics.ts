/**
 * A problem found in a source document. Every diagnostic names the file and line it
 * is about, what is wrong, and what was done about it or what the author should do.
 *
 * Errors stop the build (the site would otherwise be wrong); warnings are printed and
 * the row is kept as well as it can be.
 */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Path of the source file as the author knows it, e.g. `content/sources/tpns-ios-sdk.md`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** What is wrong. */
  message: string;
  /** What was done about it, or what the author should do. */
  action: string;
}

/** `content/sources/FILE.md:LINE: what is wrong — what was done / what to do` */
export function formatDiagnostic({ file, line, message, action }: Diagnostic): string {
  return `${file}:${line}: ${message} — ${action}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Thrown when a source cannot be turned into a catalog; carries every diagnostic. */
export class SourceError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `${errors.length} error(s) in the sources:\n${errors.map(formatDiagnostic).join('\n')}`,
    );
    this.name = 'SourceError';
    this.diagnostics = diagnostics;
  }
}
