/**
 * buildCatalog: one entry per (vendor, surface, code) with every source's meaning,
 * catalogs in registry order, likely typos linked, and a safe URL slug for every code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogEntrySchema, catalogGroupSchema } from '../schemas/catalog.ts';
import type { Registry } from '../schemas/registry.ts';
import { assignSlugs, buildCatalog } from './catalog.ts';
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { hostileFixture, testRegistry } from './__fixtures__/helpers.ts';
import { defaultContentPaths, readContent } from './read-content.ts';
import { readSourceDocument, type SourceDocument } from './source-document.ts';

const registry: Registry = {
  vendors: { ...testRegistry.vendors, globex: { name: 'Globex', title: 'Globex Push', description: 'Another test vendor.' } },
  surfaces: testRegistry.surfaces,
};

/** A source document from its tables: `[vendor, surface, markdown]`. */
function source(file: string, ...tables: [string, string, string][]): SourceDocument {
  const frontmatter = tables.map(([vendor, surface]) => `  - vendor: ${vendor}\n    surface: ${surface}\n`).join('');
  const markdown = `---\ntitle: ${file}\nurl: https://example.com/${file}\ntables:\n${frontmatter}---\n${tables.map(([, , md]) => md).join('\n\n')}\n`;
  const { document, diagnostics } = readSourceDocument(`content/sources/${file}.md`, markdown, registry);
  if (!document) throw new Error(diagnostics.map(formatDiagnostic).join('\n'));
  return document;
}

const build = (...documents: SourceDocument[]) => {
  const diagnostics: Diagnostic[] = [];
  return { ...buildCatalog(documents, registry, diagnostics), diagnostics: diagnostics.map(formatDiagnostic) };
};

describe('entries and meanings', () => {
  it('merges the meanings every source gives one code, sources in file order', () => {
    const b = source('b-second', ['acme', 'server', '| Code | Description |\n|-|-|\n| 1 | From b |\n| 2 | Only b |']);
    const a = source('a-first', ['acme', 'server', '| Code | Description | Solution |\n|-|-|-|\n| 1 | From a | Do this |']);
    const { entries, groups } = build(b, a);
    expect(entries.map((e) => [e.id, e.meanings.map((m) => m.id)])).toEqual([
      ['acme/server/1', ['a-first-1', 'b-second-1']],
      ['acme/server/2', ['b-second-2']],
    ]);
    expect(entries[0]!.meanings[0]).toEqual({
      id: 'a-first-1',
      aliases: [],
      name: null,
      text: 'From a',
      html: 'From a',
      columns: [
        { key: 'description', role: 'description', name: 'Description', text: 'From a', html: 'From a' },
        { key: 'solution', role: 'solution', name: 'Solution', text: 'Do this', html: 'Do this' },
      ],
      empty: false,
      continuation: false,
      inferred: false,
      source: { file: 'content/sources/a-first.md', line: 10, title: 'a-first', url: 'https://example.com/a-first', table: 1 },
      categories: [],
      pinned: [],
      action: null,
    });
    expect(groups).toEqual([{
      id: 'acme/server', position: 0, vendor: 'acme', surface: 'server', entries: ['acme/server/1', 'acme/server/2'],
      tables: [
        { file: 'content/sources/a-first.md', title: 'a-first', url: 'https://example.com/a-first', table: 1, line: 8, inferred: false,
          notes: [], columns: [{ key: 'description', role: 'description', name: 'Description' }, { key: 'solution', role: 'solution', name: 'Solution' }], rows: 1 },
        { file: 'content/sources/b-second.md', title: 'b-second', url: 'https://example.com/b-second', table: 1, line: 8, inferred: false,
          notes: [], columns: [{ key: 'description', role: 'description', name: 'Description' }], rows: 2 },
      ],
    }]);
  });

  it('takes the description as the headline, else the first column with text; marks a meaning with none empty', () => {
    const doc = source('headline', ['acme', 'server',
      '| Code | Solution | Description |\n|-|-|-|\n| 1 | Retry | Busy |\n| 2 | Retry |  |\n| 3 |  |  |']);
    const { entries } = build(doc);
    expect(entries.map((e) => [e.code, e.meanings[0]!.text, e.meanings[0]!.empty])).toEqual([
      ['1', 'Busy', false], ['2', 'Retry', false], ['3', '', true],
    ]);
  });

  it('reports a cell the HTML tools cannot render (tags nested thousands deep) at its row, and builds the rest', () => {
    const doc = source('deep', ['acme', 'server', `| Code | Description |\n|-|-|\n| 1 | ${'<b>'.repeat(10_000)}deep |\n| 2 | Fine |`]);
    const { entries, diagnostics } = build(doc);
    expect(diagnostics).toEqual([
      'content/sources/deep.md:10: the "Description" cell cannot be made into HTML: Maximum call stack size exceeded — '
        + 'look for HTML nested very deeply in the cell (thousands of tags opened and never closed) and write it flat',
    ]);
    expect(entries.map((e) => [e.code, e.meanings[0]!.html])).toEqual([['1', ''], ['2', 'Fine']]);
  });

  it('orders catalogs as the registry orders vendors, then surfaces', () => {
    const doc = source('order',
      ['globex', 'server', '| Code | D |\n|-|-|\n| 1 | g |'],
      ['acme', 'client', '| Code | D |\n|-|-|\n| 1 | a |'],
      ['acme', 'server', '| Code | D |\n|-|-|\n| 1 | a |']);
    expect(build(doc).groups.map((g) => [g.position, g.id])).toEqual([[0, 'acme/server'], [1, 'acme/client'], [2, 'globex/server']]);
  });

  it('tells numbers from words', () => {
    const { entries } = build(source('numeric', ['acme', 'server', '| Code | D |\n|-|-|\n| -10 | a |\n| +3 | b |\n| 0x1F | c |\n| Other | d |']));
    expect(entries.map((e) => [e.code, e.numeric])).toEqual([['-10', true], ['+3', true], ['0x1F', false], ['Other', false]]);
  });
});

/** A document of one table whose rows are given as [code, description], built without parsing (for catalogs too large to parse in a test). */
function documentOf(rows: readonly (readonly [string, string])[], surface = 'server'): SourceDocument {
  const cell = (text: string) => ({ markdown: text, text, literal: text, formatting: [], nodes: [] });
  return {
    file: 'content/sources/big.md', title: 'Big',
    tables: [{
      index: 1, line: 1, vendor: 'acme', surface, inferred: false, notes: [], columns: [{ key: 'description', role: 'description', name: 'Description' }],
      rows: rows.map(([code, text], i) => ({ line: i + 3, code, cells: [cell(text)], continuation: false })),
    }],
  };
}

describe('likely typos', () => {
  it('links the same codes as comparing every pair of codes that share a meaning (property)', () => {
    const isOneInsertionApart = (a: string, b: string) => {
      const [short, long] = a.length < b.length ? [a, b] : [b, a];
      return long.length === short.length + 1 && [...long].some((_, i) => long.slice(0, i) + long.slice(i + 1) === short);
    };
    const row = fc.tuple(fc.string({ unit: fc.constantFrom('1', '0', '2'), minLength: 1, maxLength: 5 }), fc.constantFrom('Busy', 'Bad key', 'Gone'));
    fc.assert(fc.property(fc.uniqueArray(row, { selector: ([code]) => code, maxLength: 30 }), (rows) => {
      const { entries } = build(documentOf(rows));
      for (const entry of entries) {
        const meaning = rows.find(([code]) => code === entry.code)![1];
        const twins = rows.filter(([code, text]) => text === meaning && isOneInsertionApart(code, entry.code)).map(([code]) => code);
        expect(entry.likelySameAs).toEqual(twins);
      }
    }), { numRuns: 200 });
  });

  it('builds a catalog of 150,000 codes that share one meaning, and links its twins', () => {
    // Every pair of them is 11 billion comparisons; a spread of them all into one call overflows the stack.
    const rows = Array.from({ length: 150_000 }, (_, i) => [String(2_000_000 + i * 10), 'Internal error'] as const);
    const { entries, groups } = build(documentOf([...rows, ['20000000', 'Internal error'], ['200000', 'Something else']]));
    expect(groups[0]!.entries).toHaveLength(150_002);
    expect(entries.filter((e) => e.likelySameAs.length > 0).map((e) => [e.code, e.likelySameAs])).toEqual([
      ['2000000', ['20000000']], ['20000000', ['2000000']],
    ]);
  }, 60_000);


  it('links codes of one catalog one inserted character apart that share a meaning', () => {
    const { entries } = build(
      source('a', ['acme', 'server', '| Code | D |\n|-|-|\n| 10080021 | p12 certificate format verification failed |\n| 10006 | Bad key |\n| 10008 | Bad key |']),
      source('b', ['acme', 'server', '| Code | D |\n|-|-|\n| 1008021 | P12 certificate format verification failed. |\n| 100080 | Something else |']),
      source('c', ['acme', 'client', '| Code | D |\n|-|-|\n| 1008021 | p12 certificate format verification failed |']),
    );
    expect(entries.map((e) => [e.id, e.likelySameAs])).toEqual([
      ['acme/server/10080021', ['1008021']],
      ['acme/server/10006', []], // one substitution from 10008, not an insertion
      ['acme/server/10008', []],
      ['acme/server/1008021', ['10080021']],
      ['acme/server/100080', []], // one insertion from 10008, another meaning
      ['acme/client/1008021', []], // another catalog
    ]);
  });
});

describe('slugs', () => {
  it('keeps a code that is a safe URL segment as its own slug', () => {
    expect(assignSlugs(['0', '-1', '+2', 'Other', 'INVALID_ARGUMENT', '1.2', 'a~b']).map((s) => s.slug))
      .toEqual(['0', '-1', '+2', 'Other', 'INVALID_ARGUMENT', '1.2', 'a~b']);
    expect(assignSlugs(['0', 'Other']).every((s) => s.problem === undefined)).toBe(true);
  });

  it.each<[string, RegExp, string]>([
    ['../x', /^x-[0-9a-f]{8}$/, 'has a "/" or "\\"'],
    ['..', /^code-[0-9a-f]{8}$/, 'is a path of its own ("." or "..")'],
    ['.', /^code-[0-9a-f]{8}$/, 'is a path of its own ("." or "..")'],
    ['a b', /^a-b-[0-9a-f]{8}$/, 'has spaces'],
    ['"quoted"', /^quoted-[0-9a-f]{8}$/, 'has characters that are not safe in a URL'],
    ['a/b', /^a-b-[0-9a-f]{8}$/, 'has a "/" or "\\"'],
    ['a\\b', /^a-b-[0-9a-f]{8}$/, 'has a "/" or "\\"'],
    ['bell\u0007', /^bell-[0-9a-f]{8}$/, 'has control characters'],
    ['zero\u200bwidth', /^zero-width-[0-9a-f]{8}$/, 'has control characters'],
    ['1..2', /^1-2-[0-9a-f]{8}$/, 'has ".." or a "." at one end'],
    ['.hidden', /^hidden-[0-9a-f]{8}$/, 'has ".." or a "." at one end'],
    ['end.', /^end-[0-9a-f]{8}$/, 'has ".." or a "." at one end'],
    ['%2e%2e', /^2e-2e-[0-9a-f]{8}$/, 'has characters that are not safe in a URL'],
    ['错误', /^code-[0-9a-f]{8}$/, 'has characters that are not safe in a URL'],
    ['Ünïcödé', /^Unicode-[0-9a-f]{8}$/, 'has characters that are not safe in a URL'],
    ['9'.repeat(65), /^9{44}-[0-9a-f]{8}$/, 'is longer than 64 characters'],
    ['index.html', /^index-html-[0-9a-f]{8}$/, 'is the name of its catalog page\'s file (index.html)'],
    ['INDEX.HTML', /^INDEX-HTML-[0-9a-f]{8}$/, 'is the name of its catalog page\'s file (index.html)'],
    ['1008.json', /^1008-json-[0-9a-f]{8}$/, 'ends in ".json" like the JSON file of each code'],
    ['x.JSON', /^x-JSON-[0-9a-f]{8}$/, 'ends in ".json" like the JSON file of each code'],
    ...['CON', 'prn', 'Aux', 'NUL', 'com1', 'COM9', 'lpt1', 'LPT9', 'nul.txt', 'aux.tar.gz'].map((code): [string, RegExp, string] =>
      [code, new RegExp(`^${code.replace(/\./g, '-')}-[0-9a-f]{8}$`), 'is a device name on Windows (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9, with any extension)']),
  ])('gives %j a safe slug', (code, slug, problem) => {
    const [result] = assignSlugs([code]);
    expect(result!.slug).toMatch(slug);
    expect(result!.problem).toBe(problem);
  });

  it('never lets an unsafe code take the slug a safe code needs, nor two codes share one ignoring case', () => {
    const slugs = assignSlugs(['../x', 'x', 'Other', 'other', 'OTHER']);
    expect(slugs[1]).toEqual({ slug: 'x', problem: undefined });
    expect(slugs[2]).toEqual({ slug: 'Other', problem: undefined });
    expect(slugs[3]!.problem).toBe('differs from another code of its catalog only by letter case');
    expect(slugs[3]!.slug).toMatch(/^other-[0-9a-f]{8}$/);
    expect(slugs[4]!.slug).toMatch(/^OTHER-[0-9a-f]{8}$/);
    expect(new Set(slugs.map((s) => s.slug.toLowerCase())).size).toBe(5);
  });

  it('keeps the slug of codes that only look like a site file or a device name', () => {
    const codes = ['index', 'index.htm', 'json', '1008.jsonp', 'CONSOLE', 'COM10', 'LPT', 'nul_1', 'AUXILIARY', 'json.1008'];
    expect(assignSlugs(codes)).toEqual(codes.map((slug) => ({ slug, problem: undefined })));
  });

  it('gives a code the same slug whatever other codes its catalog has', () => {
    const alone = assignSlugs(['../x'])[0]!.slug;
    expect(assignSlugs(['a', 'x', '../y', '../x'])[3]!.slug).toBe(alone);
  });

  it('makes a safe, unique, stable slug of any code (property)', () => {
    const code = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('.', '..', '../x', 'x', 'X', '0', '-1', '1008', '1008.json', '1008.JSON', 'index.html', 'Index.Html', 'CON', 'con.json', 'nul.txt', 'COM1'));
    fc.assert(fc.property(fc.uniqueArray(code, { minLength: 1, maxLength: 12 }), (codes) => {
      const slugs = assignSlugs(codes);
      const again = assignSlugs([...codes]);
      for (const [i, { slug, problem }] of slugs.entries()) {
        expect(slug).toMatch(/^[A-Za-z0-9_~+-]+(?:\.[A-Za-z0-9_~+-]+)*$/);
        expect(slug).not.toMatch(/[/\\\p{Cc}]|\.\./u);
        expect(slug.length).toBeLessThanOrEqual(64);
        if (!problem) expect(slug).toBe(codes[i]);
        expect(again[i]!.slug).toBe(slug);
      }
      expect(new Set(slugs.map((s) => s.slug.toLowerCase())).size).toBe(codes.length);
      // The names the site writes in the catalog's folder: its page, then a folder and a JSON file per code.
      const names = ['index.html', ...slugs.flatMap(({ slug }) => [slug, `${slug}.json`])];
      expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
      expect(names.filter((name) => /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i.test(name))).toEqual([]);
    }), { numRuns: 200 });
  }, 30_000);

  it('reports each unsafe code at the row that brought it in, with its page', () => {
    const { entries, diagnostics } = build(source('unsafe', ['acme', 'server', '| Code | D |\n|-|-|\n| ../x | Up |\n| x | Safe |\n| ../x | Again |']));
    expect(entries.map((e) => [e.id, e.code, e.meanings.length])).toEqual([
      [expect.stringMatching(/^acme\/server\/x-[0-9a-f]{8}$/), '../x', 2],
      ['acme/server/x', 'x', 1],
    ]);
    expect(diagnostics).toEqual([
      `content/sources/unsafe.md:10: code "../x" has a "/" or "\\", so it cannot be the address of its page — its page is /${entries[0]!.id}/; `
        + 'if the source allows, write the code with letters, digits, "-", "+", "_", "~" and "." only',
    ]);
  });

  it('reports a code that would overwrite a file the site makes, or a device name, and says there is nothing to change', () => {
    const { entries, diagnostics } = build(source('colliding', ['acme', 'server', '| Code | D |\n|-|-|\n| 1008 | A |\n| 1008.json | B |\n| index.html | C |\n| NUL | D |']));
    expect(entries.map((e) => e.slug)).toEqual(['1008', expect.stringMatching(/^1008-json-[0-9a-f]{8}$/), expect.stringMatching(/^index-html-[0-9a-f]{8}$/),
      expect.stringMatching(/^NUL-[0-9a-f]{8}$/)]);
    expect(diagnostics).toEqual([
      `content/sources/colliding.md:11: code "1008.json" ends in ".json" like the JSON file of each code, so it cannot be the address of its page — its page is /${entries[1]!.id}/; nothing to change if the source writes the code so`,
      `content/sources/colliding.md:12: code "index.html" is the name of its catalog page's file (index.html), so it cannot be the address of its page — its page is /${entries[2]!.id}/; nothing to change if the source writes the code so`,
      `content/sources/colliding.md:13: code "NUL" is a device name on Windows (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9, with any extension), so it cannot be the address of its page — its page is /${entries[3]!.id}/; nothing to change if the source writes the code so`,
    ]);
  });

  it('shortens a long code in its diagnostic', () => {
    const { diagnostics } = build(source('long', ['acme', 'server', `| Code | D |\n|-|-|\n| ${'7'.repeat(10_000)} | Long |`]));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toContain(`code "${'7'.repeat(39)}…" is longer than 64 characters`);
    expect(diagnostics[0]!.length).toBeLessThan(400);
  });
});

describe('the hostile fixture', () => {
  it('builds a catalog the content layer accepts, every slug safe', () => {
    const { catalog, diagnostics } = readContent(defaultContentPaths(hostileFixture));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const entry of catalog.entries) {
      expect(catalogEntrySchema.parse(entry)).toEqual(entry);
      expect(entry.slug).not.toMatch(/[/\\\p{Cc}\s]|\.\./u);
      expect(entry.id).toBe(`${entry.vendor}/${entry.surface}/${entry.slug}`);
    }
    for (const group of catalog.groups) expect(catalogGroupSchema.parse(group)).toEqual(group);
    expect(catalog.entries.filter((e) => e.slug !== e.code).map((e) => e.code)).toEqual(
      ['1008.json', 'index.html', 'CON', 'nul.txt', '../x', '..', '.', 'a b', '"quoted"', 'a/b', 'a\\b', 'bell\u0007code', '1..2', '%2e%2e', 'other', 'alert(1)',
        // title-breakers.md: three ways to write a code that ends the page's <title>.
        ...['entity', 'inline-code', 'backslash'].map((how) => `</title><script>alert('${how}')</script>`)]);
  });
});
