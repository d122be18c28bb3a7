/**
 * readContent on broken content folders: each problem is one `file:line: message — action`
 * line naming the file and saying what to change. The folders are in `__fixtures__/`;
 * cases that need odd files (bad bytes, a folder named like a source) are made in a
 * temporary folder.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDiagnostic, hasErrors, SourceError } from './diagnostics.ts';
import { fixturesDir } from './__fixtures__/helpers.ts';
import { defaultContentPaths, readContent } from './read-content.ts';

const diagnosticsOf = (root: string) => readContent(defaultContentPaths(root)).diagnostics.map((d) => `${d.severity} ${formatDiagnostic(d)}`);

const FIELDS = 'a source starts with title: (text), url: (optional, http or https) and tables: (one item per table, in the order they appear: '
  + 'vendor:, surface:, when the vendor was not stated by the source inferred: true, '
  + 'and optionally columns: { Header: role } with roles code, name, description, solution, descriptor, api or note)';

describe('broken sources (__fixtures__/broken)', () => {
  it('reports every problem of every file, and reads the good file beside them', () => {
    const { documents, catalog, diagnostics } = readContent(defaultContentPaths(join(fixturesDir, 'broken')));
    expect(diagnostics.map((d) => `${d.severity} ${formatDiagnostic(d)}`)).toEqual([
      `error content/sources/bad-fields.md:2: "title": Too small: expected string to have >=1 characters — ${FIELDS}`,
      `error content/sources/bad-fields.md:3: "url": Invalid URL — ${FIELDS}`,
      `error content/sources/bad-fields.md:7: "tables.0.inferred": Invalid input: expected boolean, received string — ${FIELDS}`,
      `error content/sources/bad-fields.md:8: "tables.0": Unrecognized key: "colour" — ${FIELDS}`,
      'error content/sources/missing-frontmatter.md:1: the file has no YAML frontmatter — start the file with "---", then title:, url: and tables: (one vendor and surface per table), then "---"',
      'error content/sources/orphan-row.md:9: row has no code and there is no code above it to continue — put the code in the first cell of this row',
      'error content/sources/unclosed-frontmatter.md:1: the frontmatter has no closing "---" line — end the frontmatter with a line "---" after its last field',
      'error content/sources/unknown-surface.md:5: unknown surface "web" for table 1 — use one of server, client, or declare it in content/surfaces.yml',
      'error content/sources/unknown-vendor.md:4: unknown vendor "initech" for table 1 — use one of acme, or declare it in content/vendors.yml',
      'error content/sources/unreadable-yaml.md:5: the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] — fix the YAML between the two "---" lines',
      'error content/sources/wrong-table-count.md:3: the frontmatter lists 1 table(s) but the file has 2 (at lines 7, 11) — give "tables:" one item (vendor, surface) per table, in the order they appear',
    ]);
    expect(hasErrors(diagnostics)).toBe(true);
    // The good file, and the rows of orphan-row.md that have a code, are still read.
    expect(documents.map((d) => d.file)).toEqual(['content/sources/good.md', 'content/sources/orphan-row.md']);
    expect(catalog.entries.map((e) => e.id)).toEqual(['acme/server/1', 'acme/client/2']);
  });

  it('makes a SourceError whose message lists every error', () => {
    const { diagnostics } = readContent(defaultContentPaths(join(fixturesDir, 'broken')));
    const error = new SourceError(diagnostics);
    expect(error.message.split('\n')[0]).toBe('11 error(s) in the sources:');
    expect(error.message.split('\n').slice(1)).toEqual(diagnostics.map(formatDiagnostic));
  });
});

describe('a broken registry (__fixtures__/broken-registry)', () => {
  it('reports each bad entry at its line and keeps the good ones', () => {
    const { registry } = readContent(defaultContentPaths(join(fixturesDir, 'broken-registry')));
    expect(Object.keys(registry.vendors)).toEqual(['acme']);
    expect(registry.vendors.acme!.words).toEqual(['acmepush', 'push.acme.example']);
    expect(registry.surfaces).toEqual({});
    const entry = 'each entry is a slug (lowercase letters, digits, dashes) with the fields listed at the top of the file';
    expect(diagnosticsOf(join(fixturesDir, 'broken-registry'))).toEqual([
      `error content/vendors.yml:6: "Bad_Slug": Invalid key in record — ${entry}`,
      `error content/vendors.yml:10: "globex.description": Invalid input: expected string, received undefined — ${entry}`,
      `error content/vendors.yml:13: "globex.colour": Unrecognized key: "colour" — ${entry}`,
      `error content/vendors.yml:18: "initech.words": Invalid input: expected array, received string — ${entry}`,
      'error content/surfaces.yml:4: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] — fix the YAML: one entry per slug',
      'error content/sources/acme.md:5: unknown surface "server" for table 1 — declare it in content/surfaces.yml, which has no valid entry',
    ]);
  });
});

describe('missing and odd files', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const content = () => {
    root = mkdtempSync(join(tmpdir(), 'push-error-codes-'));
    mkdirSync(join(root, 'content/sources'), { recursive: true });
    for (const file of ['vendors.yml', 'surfaces.yml']) cpSync(join(fixturesDir, 'broken/content', file), join(root, 'content', file));
    return root;
  };

  it('reports a project with no content folder', () => {
    root = mkdtempSync(join(tmpdir(), 'push-error-codes-'));
    expect(diagnosticsOf(root)).toEqual([
      `error content/vendors.yml:1: cannot be read: ENOENT: no such file or directory, open '${root}/content/vendors.yml' — create the file: YAML, one entry per slug`,
      `error content/surfaces.yml:1: cannot be read: ENOENT: no such file or directory, open '${root}/content/surfaces.yml' — create the file: YAML, one entry per slug`,
      `error content/sources:1: the sources folder cannot be read: ENOENT: no such file or directory, scandir '${root}/content/sources' — create it and put the source files (*.md) in it`,
    ]);
  });

  it('warns about a sources folder with no source document; files starting with "_" do not count', () => {
    writeFileSync(join(content(), 'content/sources/_draft.md'), 'not read');
    writeFileSync(join(root, 'content/sources/notes.txt'), 'not read');
    expect(diagnosticsOf(root)).toEqual([
      'warning content/sources:1: the sources folder has no source file — the site will have no codes; put the source files (*.md) in it',
    ]);
  });

  it('reads a file that is not valid UTF-8, and says where the first bad byte is', () => {
    const markdown = '---\ntitle: Latin-1\ntables:\n  - vendor: acme\n    surface: server\n---\n| Code | Description |\n| --- | --- |\n| 1 | caf\xe9 |\n';
    writeFileSync(join(content(), 'content/sources/latin1.md'), Buffer.from(markdown, 'latin1'));
    const { catalog, diagnostics } = readContent(defaultContentPaths(root));
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/sources/latin1.md:9: the file is not valid UTF-8 — its bad bytes were read as "\uFFFD"; save the file as UTF-8',
    ]);
    expect(catalog.entries[0]!.meanings[0]!.text).toBe('caf\uFFFD');
  });

  it('reports a folder named like a source', () => {
    mkdirSync(join(content(), 'content/sources/folder.md'));
    expect(diagnosticsOf(root)).toEqual([
      'error content/sources/folder.md:1: cannot be read: EISDIR: illegal operation on a directory, read — make it a readable file, or rename it to start with "_" to leave it out',
    ]);
  });
});
