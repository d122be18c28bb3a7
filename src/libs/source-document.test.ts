/**
 * readSourceDocument: the frontmatter checked against the registry, each table paired
 * with the vendor and surface the frontmatter gives it, every problem at its line.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostics.ts';
import { fixture, testRegistry } from './__fixtures__/helpers.ts';
import { readSourceDocument } from './source-document.ts';

const read = (markdown: string) => {
  const { document, diagnostics } = readSourceDocument('content/sources/doc.md', markdown, testRegistry);
  return { document, diagnostics: diagnostics.map((d) => `${d.severity} ${formatDiagnostic(d)}`) };
};

const TWO_TABLES = `---
title: Two tables
url: https://example.com/codes
tables:
  - vendor: acme
    surface: server
  - vendor: acme
    surface: client
    inferred: true
---
Server codes:

| Code | Description |
| --- | --- |
| 1 | One |

Client codes
Error Code | Description |
2 | Two |
`;

describe('a valid document', () => {
  it('pairs each table with its vendor and surface, in document order', () => {
    const { document, diagnostics } = read(TWO_TABLES);
    expect(diagnostics).toEqual([]);
    expect(document).toMatchObject({ file: 'content/sources/doc.md', title: 'Two tables', url: 'https://example.com/codes' });
    expect(document!.tables.map((t) => ({ ...t, rows: t.rows.map((r) => [r.line, r.code]) }))).toEqual([
      { index: 1, line: 13, vendor: 'acme', surface: 'server', inferred: false, notes: ['Server codes:'],
        columns: [{ key: 'description', role: 'description', name: 'Description' }], rows: [[15, '1']] },
      { index: 2, line: 18, vendor: 'acme', surface: 'client', inferred: true, notes: ['Client codes'],
        columns: [{ key: 'description', role: 'description', name: 'Description' }], rows: [[19, '2']] },
    ]);
  });

  it('reads a file with CRLF line ends and a byte-order mark', () => {
    const { document, diagnostics } = read(fixture('crlf-bom.md'));
    expect(diagnostics).toEqual([]);
    expect(document!.title).toBe('CRLF and BOM');
    expect(document!.tables[0]!.rows.map((r) => [r.line, r.code, r.cells[0]!.markdown])).toEqual([
      [8, '71', 'Windows line ends'],
      [9, '72', '`a\\|b` in code'],
    ]);
  });

  it('has no url when the frontmatter gives none', () => {
    expect(read(TWO_TABLES.replace('url: https://example.com/codes\n', '')).document!.url).toBeUndefined();
  });
});

describe('a broken frontmatter', () => {
  it('reports a missing frontmatter, and still reads the rows for their own problems', () => {
    expect(read('| Code | Description |\n| --- | --- |\n|  | orphan |\n').diagnostics).toEqual([
      'error content/sources/doc.md:1: the file has no YAML frontmatter — start the file with "---", then title:, url: and tables: (one vendor and surface per table), then "---"',
      'error content/sources/doc.md:3: row has no code and there is no code above it to continue — put the code in the first cell of this row',
    ]);
  });

  it('reports a frontmatter that is never closed', () => {
    expect(read('---\ntitle: x\ntables: []\n\n| Code | Description |\n| --- | --- |\n| 1 | One |\n').diagnostics).toEqual([
      'error content/sources/doc.md:1: the frontmatter has no closing "---" line — end the frontmatter with a line "---" after its last field',
    ]);
  });

  it.each([
    ['a tab as indentation', '---\ntitle: x\n\ttables: []\n---\n', 3, 'Tabs are not allowed as indentation'],
    ['a key twice', '---\ntitle: x\ntitle: y\n---\n', 3, 'Map keys must be unique'],
    ['an unclosed list', '---\ntitle: x\ntables: [\n---\n', 3, 'Flow sequence in block collection must be sufficiently indented and end with a ]'],
  ])('reports YAML with %s at its line', (_, markdown, line, message) => {
    expect(read(markdown).diagnostics).toEqual([
      `error content/sources/doc.md:${line}: the frontmatter is not valid YAML: ${message} — fix the YAML between the two "---" lines`,
    ]);
  });

  it('reports each wrong field at its own line', () => {
    const fields = 'a source starts with title: (text), url: (optional, http or https) and tables: (one item per table, in the order they appear: '
      + 'vendor:, surface:, when the vendor was not stated by the source inferred: true, '
      + 'and optionally columns: { Header: role } with roles code, name, description, solution, descriptor, api or note)';
    expect(read('---\nurl: javascript:alert(1)\ntables:\n  - vendor: acme\n    inferred: 1\n---\n').diagnostics).toEqual([
      `error content/sources/doc.md:2: "title": Invalid input: expected string, received undefined — ${fields}`,
      `error content/sources/doc.md:2: "url": Invalid URL — ${fields}`,
      `error content/sources/doc.md:4: "tables.0.surface": Invalid input: expected string, received undefined — ${fields}`,
      `error content/sources/doc.md:5: "tables.0.inferred": Invalid input: expected boolean, received number — ${fields}`,
    ]);
  });

  it('reports an empty frontmatter', () => {
    expect(read('---\n---\n').diagnostics[0]).toMatch(/^error content\/sources\/doc\.md:2: the frontmatter: Invalid input: expected object, received null — /);
  });

  it('reports unknown vendors and surfaces at their lines, naming the known ones', () => {
    expect(read(TWO_TABLES.replace('vendor: acme\n    surface: client', 'vendor: initech\n    surface: web')).diagnostics).toEqual([
      'error content/sources/doc.md:7: unknown vendor "initech" for table 2 — use one of acme, or declare it in content/vendors.yml',
      'error content/sources/doc.md:8: unknown surface "web" for table 2 — use one of server, client, or declare it in content/surfaces.yml',
    ]);
  });

  it('reports a table count that does not match, at the "tables:" line, with the lines of the tables found', () => {
    const oneListed = TWO_TABLES.replace('  - vendor: acme\n    surface: client\n    inferred: true\n', '');
    expect(read(oneListed).diagnostics).toEqual([
      'error content/sources/doc.md:4: the frontmatter lists 1 table(s) but the file has 2 (at lines 10, 15) — give "tables:" one item (vendor, surface) per table, in the order they appear',
    ]);
    expect(read('---\ntitle: x\ntables:\n  - vendor: acme\n    surface: server\n---\nNo table here.\n').diagnostics).toEqual([
      'error content/sources/doc.md:3: the frontmatter lists 1 table(s) but the file has 0 (none) — give "tables:" one item (vendor, surface) per table, in the order they appear',
    ]);
  });
});
