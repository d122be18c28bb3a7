/**
 * readContent on broken content folders: each problem is one `file:line: message — action`
 * line naming the file and saying what to change. The folders are in `__fixtures__/`;
 * cases that need odd files (bad bytes, a folder named like a source) are made in a
 * temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
  it('reports each bad entry at its line and keeps the good ones, a slug the site uses itself or Windows keeps included', () => {
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
      'error content/vendors.yml:19: "code": is the site\'s own folder /code/, so the vendor\'s pages cannot be at /code/ — choose another slug',
      'error content/vendors.yml:23: "con": is a device name on Windows (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9), so the vendor\'s pages cannot be at /con/ — choose another slug',
      'error content/surfaces.yml:4: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] — fix the YAML: one entry per slug',
      'error content/sources/acme.md:5: unknown surface "server" for table 1 — declare it in content/surfaces.yml, which has no valid entry',
    ]);
  });
});

describe('what the parsers throw on (__fixtures__/thrown)', () => {
  it('reports an alias bomb or an alias with no anchor at its line, in the registry and in a frontmatter, and Markdown the parser throws on', () => {
    const noAliases = 'write it out in full: a content file needs no anchors or aliases (&name, *name)';
    expect(diagnosticsOf(join(fixturesDir, 'thrown')).map((line) => line.replace(/ \(Excessive alias count[^)]*\)/, ' (…)'))).toEqual([
      `error content/vendors.yml:3: has YAML aliases that expand to too much data (…) — ${noAliases}`,
      `error content/surfaces.yml:4: cannot be read as YAML: Unresolved alias (the anchor must be set before the alias): nowhere — fix the YAML; ${noAliases}`,
      `error content/sources/alias-bomb.md:4: the frontmatter has YAML aliases that expand to too much data (…) — ${noAliases}`,
      'error content/sources/deep-quotes.md:1: cannot be read as Markdown: Maximum call stack size exceeded — nothing from the file is published; '
        + 'look for text nested very deeply (hundreds of ">" or list levels) and write it flat',
    ]);
  });
});

describe('encodings (__fixtures__/encodings)', () => {
  const { documents, catalog, diagnostics } = readContent(defaultContentPaths(join(fixturesDir, 'encodings')));
  const save = 'nothing from the file is published; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)';

  it('reads UTF-16 as its byte-order mark declares, and UTF-8 with or without one', () => {
    expect(documents.map((d) => d.file)).toEqual(['content/sources/utf16be.md', 'content/sources/utf16le.md', 'content/sources/utf8-bom.md']);
    expect(catalog.entries.map((e) => [e.code, e.meanings[0]!.text, e.meanings[0]!.source.line])).toEqual([
      ['3', '\u7f51\u7edc\u9519\u8bef', 10],
      ['2', 'Café — \u{1F600} open', 10],
      ['8', 'Café', 10],
    ]);
  });

  it('publishes no "\uFFFD": refuses bytes its encoding does not allow, a NUL and a "\uFFFD" in the text, at their line', () => {
    expect(diagnostics.map((d) => `${d.severity} ${formatDiagnostic(d)}`)).toEqual([
      'error content/sources/broken-utf16.md:11: the file is not valid UTF-16 little-endian, the encoding its byte-order mark declares (bytes 0x00 0xD8 on this line)'
        + ' — nothing from the file is published; save it again as UTF-8, or as UTF-16 with its byte-order mark',
      `error content/sources/latin1.md:10: the file is not valid UTF-8 (byte 0xE9 on this line) — ${save}`,
      `error content/sources/no-bom-utf16.md:1: the file holds a NUL character, which Markdown reads as "\uFFFD" — delete it; a file full of them is UTF-16 without a byte-order mark: ${save}`,
      'error content/sources/replacement-char.md:10: the file holds the character "\uFFFD" (U+FFFD), left where an earlier conversion lost a character — put back the character the original page has there',
    ]);
    expect(JSON.stringify(catalog)).not.toContain('\uFFFD');
  });
});

describe('text too long to be an honest name or description (__fixtures__/too-long)', () => {
  it('refuses a title, URL, registry description or category name past its length, saying how long it is', () => {
    const { documents, registry, categories, diagnostics } = readContent(defaultContentPaths(join(fixturesDir, 'too-long')));
    expect(diagnostics.map((d) => `${d.severity} ${formatDiagnostic(d)}`.replace(/ — .*/, ''))).toEqual([
      'error content/vendors.yml:9: "globex.description": Too long: 2,099 characters, at most 2,000',
      'error content/sources/too-long.md:2: "title": Too long: 314 characters, at most 300',
      'error content/sources/too-long.md:3: "url": Too long: 2,020 characters, at most 2,000',
      'error content/categories.yml:3: "slow.name": Too long: 309 characters, at most 300',
    ]);
    expect(documents.map((d) => d.file)).toEqual(['content/sources/fine.md']);
    expect(Object.keys(registry.vendors)).toEqual(['acme']);
    expect(categories).toEqual([]);
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

  it('reports a folder named like a source', () => {
    mkdirSync(join(content(), 'content/sources/folder.md'));
    expect(diagnosticsOf(root)).toEqual([
      'error content/sources/folder.md:1: cannot be read: EISDIR: illegal operation on a directory, read — make it a readable file, or rename it to start with "_" to leave it out',
    ]);
  });

  it('follows a link only to a file inside the project', () => {
    const source = '---\ntitle: Linked\ntables:\n  - vendor: acme\n    surface: server\n---\n| Code | Description |\n| --- | --- |\n| 1 | One |\n';
    const outside = mkdtempSync(join(tmpdir(), 'push-error-codes-outside-'));
    try {
      writeFileSync(join(outside, 'secret.md'), source);
      writeFileSync(join(outside, 'vendors.yml'), 'acme: {name: ACME, title: ACME Push, description: Outside.}\n');
      mkdirSync(join(content(), 'drafts'));
      writeFileSync(join(root, 'drafts/inside.md'), source);
      symlinkSync(join(root, 'drafts/inside.md'), join(root, 'content/sources/inside.md'));
      symlinkSync(join(outside, 'secret.md'), join(root, 'content/sources/outside.md'));
      rmSync(join(root, 'content/vendors.yml'));
      symlinkSync(join(outside, 'vendors.yml'), join(root, 'content/vendors.yml'));
      const outsideOf = (file: string) => `is a link to ${realpathSync(join(outside, file))}, outside the project — copy the file into the project instead of linking to it: `
        + 'links are followed only to files inside the project';
      const { documents, diagnostics } = readContent(defaultContentPaths(root));
      expect(diagnostics.map(formatDiagnostic)).toEqual([
        `content/vendors.yml:1: ${outsideOf('vendors.yml')}`,
        'content/sources/inside.md:4: unknown vendor "acme" for table 1 — declare it in content/vendors.yml, which has no valid entry',
        `content/sources/outside.md:1: ${outsideOf('secret.md')}`,
      ]);
      expect(documents).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform === 'win32')('does not wait on a named pipe', () => {
    expect(spawnSync('mkfifo', [join(content(), 'content/sources/pipe.md')]).status).toBe(0);
    expect(diagnosticsOf(root)).toEqual([
      'error content/sources/pipe.md:1: cannot be read: it is not a regular file (a named pipe, a socket or a device) — make it a readable file, or rename it to start with "_" to leave it out',
    ]);
  });
});
