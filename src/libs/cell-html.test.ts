/**
 * renderCell: cells copied from vendors' pages may hold any HTML. What a reader's browser
 * could run or be restyled by is removed; line breaks, lists, code, emphasis and http(s)
 * links are kept. The same inputs are in `__e2e__/fixtures/hostile/`, a content folder the
 * site can be built from for a browser test.
 */
import fc from 'fast-check';
import type { Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { renderCell } from './cell-html.ts';
import { hostileFixture, parseTables } from './__fixtures__/helpers.ts';
import { defaultContentPaths, readContent } from './read-content.ts';

/** The HTML of a description cell written as `markdown`. */
const html = (markdown: string) => {
  const { rows, diagnostics } = parseTables(`| Code | Description |\n| --- | --- |\n| 1 | ${markdown} |\n`);
  expect(diagnostics).toEqual([]);
  return renderCell(rows[0]!.rows[0]!.cells[0]!).html;
};

/** Nothing that runs, loads or restyles: no such element, attribute or URL in any tag. */
function expectInert(output: string): void {
  const tags = output.match(/<[^>]*>/g) ?? [];
  for (const tag of tags) {
    expect(tag).toMatch(/^<\/?(?:a|b|br|code|del|em|i|kbd|li|ol|p|s|strong|sub|sup|ul)\b/);
    expect(tag).not.toMatch(/\s(?:on[a-z]+|style|src|action|target|xlink:href)\s*=/i);
    expect(tag).not.toMatch(/(?:javascript|vbscript|data)\s*:/i);
    expect(tag).not.toMatch(/href="(?!https?:\/\/)/);
  }
}

describe('removes what could run or restyle the page', () => {
  it.each([
    ['<script>', '<script>alert(1)</script>Text', 'Text'],
    ['an uppercase <SCRIPT>', '<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>Text', 'Text'],
    ['a script split around another', '<scr<script>ipt>alert(1)</script>Text', '&#x3C;scrText'],
    ['onerror on <img>', '<img src=x onerror="alert(1)">Text', 'Text'],
    ['onclick on an allowed element', '<b onclick="alert(1)">Bold</b>', '<b>Bold</b>'],
    ['onmouseover on <div>', '<div onmouseover="alert(1)">Text</div>', 'Text'],
    ['<iframe>', '<iframe src="https://evil.example/"></iframe>Text', 'Text'],
    ['<form> and its controls', '<form action="https://evil.example/"><input name="q"><button>Go</button></form>', 'Go'],
    ['<style>', '<style>body { display: none }</style>Text', 'Text'],
    ['a style= attribute', '<em style="position:fixed;inset:0">Text</em>', '<em>Text</em>'],
    ['<svg> with a handler', '<svg onload="alert(1)"><circle r="1" /></svg>Text', 'Text'],
    ['<math> with a javascript: link', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>Text', 'Text'],
    ['<object> and <embed>', '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">Text', 'Text'],
    ['an HTML comment', 'Text<!-- <script>alert(1)</script> -->', 'Text'],
    ['a javascript: link', '<a href="javascript:alert(1)">Link</a>', '<a>Link</a>'],
    ['a mixed-case JaVaScRiPt: link', '<a href="JaVaScRiPt:alert(1)">Link</a>', '<a>Link</a>'],
    ['a javascript: link in decimal entities', '<a href="&#106;&#97;vascript:alert(1)">Link</a>', '<a>Link</a>'],
    ['a javascript: link in hex entities', '<a href="&#x6A;avascript&#x3A;alert(1)">Link</a>', '<a>Link</a>'],
    ['a javascript: link with a tab inside', '<a href="java&#9;script:alert(1)">Link</a>', '<a>Link</a>'],
    ['a javascript: link with a leading space', '<a href=" javascript:alert(1)">Link</a>', '<a>Link</a>'],
    ['a Markdown javascript: link', '[Link](javascript:alert(1))', '<a>Link</a>'],
    ['a Markdown javascript: autolink', '<javascript:alert(1)>', '<a>javascript:alert(1)</a>'],
    ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Link</a>', '<a>Link</a>'],
    ['a data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>">Text', 'Text'],
    ['a Markdown data: image (its alt text kept)', '![x](data:image/png;base64,AAAA)Text', 'xText'],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">Link</a>', '<a>Link</a>'],
    ['target= and rel= on a link', '<a href="https://example.com/" target="_blank" rel="opener">Link</a>', '<a href="https://example.com/">Link</a>'],
  ])('%s', (_, markdown, expected) => {
    const output = html(markdown);
    expect(output).toBe(expected);
    expectInert(output);
  });
});

describe('keeps what a description needs', () => {
  it.each([
    ['line breaks', 'One<br>two<br/>three', 'One<br>two<br>three'],
    ['lists', '<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>', '<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>'],
    ['code spans and <code>', '`send_time` and <code>tag</code>', '<code>send_time</code> and <code>tag</code>'],
    ['emphasis', '*em*, **strong**, <em>em</em>, <b>b</b>, <i>i</i>, ~~del~~', '<em>em</em>, <strong>strong</strong>, <em>em</em>, <b>b</b>, <i>i</i>, <del>del</del>'],
    ['https links', '[docs](https://example.com/a?b=1&c=2 "Title")', '<a href="https://example.com/a?b=1&#x26;c=2" title="Title">docs</a>'],
    ['http links', '<a href="http://example.com/">docs</a>', '<a href="http://example.com/">docs</a>'],
    ['autolinks', 'see https://example.com/x', 'see <a href="https://example.com/x">https://example.com/x</a>'],
    ['escaped pipes, as pipes', 'a \\| b `c \\| d`', 'a | b <code>c | d</code>'],
    ['text that looks like HTML, escaped', '1 < 2 & 3 > 2', '1 &#x3C; 2 &#x26; 3 > 2'],
  ])('%s', (_, markdown, expected) => {
    expect(html(markdown)).toBe(expected);
  });

  it('closes what the cell leaves open', () => {
    expect(html('<ul><li>one<li>two')).toBe('<ul><li>one</li><li>two</li></ul>');
    expect(html('<b>bold')).toBe('<b>bold</b>');
  });

  it('writes a cell of plain text as the sanitizer does, without running it (property)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('<', '>', '&', '"', "'", ' ', '\u00a0', '\ud800', '€', '😀'), fc.string({ maxLength: 3 })), maxLength: 30 }), (value) => {
      const text: Text = { type: 'text', value };
      // An empty HTML node sends the cell through the sanitizer and changes nothing in it.
      const sanitized = renderCell({ nodes: [text, { type: 'html', value: '' }], markdown: value, text: value });
      expect(renderCell({ nodes: [text], markdown: value, text: value })).toEqual(sanitized);
    }), { numRuns: 300 });
  });

  it('returns an empty string for an empty cell', () => {
    expect(renderCell({ nodes: [], markdown: '', text: '' })).toEqual({ html: '', leftOut: [], asSource: false });
  });
});

describe('says what it leaves out, and loses no text in silence', () => {
  const render = (markdown: string) => {
    const { rows, diagnostics } = parseTables(`| Code | Description |\n| --- | --- |\n| 1 | ${markdown} |\n`);
    expect(diagnostics).toEqual([]);
    return { ...renderCell(rows[0]!.rows[0]!.cells[0]!), text: rows[0]!.rows[0]!.cells[0]!.text };
  };

  it.each([
    ['<script>alert(1)</script>Text', 'Text', ['<script>']],
    ['Text<style>p { color: red }</style><iframe src="https://evil.example/"></iframe>', 'Text', ['<style>', '<iframe>']],
    ['<b>Bold</b> <svg><text>drawn</text></svg>', '<b>Bold</b>', ['<svg>']],
    ['<img src="x.png" alt="A diagram"> and text', 'A diagram and text', ['<img>']],
    ['![Error flow](https://example.com/flow.png) see above', 'Error flow see above', ['<img>']],
    ['<img src=x onerror="alert(1)">Text', 'Text', ['<img>']],
    ['Plain <span>and</span> <!-- a comment --> kept', 'Plain and  kept', []],
  ])('%j', (markdown, html, leftOut) => {
    expect(render(markdown)).toMatchObject({ html, leftOut, asSource: false });
  });

  it('shows a cell whose text it would empty as its source text', () => {
    expect(render('<script>alert(1)</script>')).toEqual({ html: '&#x3C;script>alert(1)&#x3C;/script>', leftOut: ['<script>'], asSource: true, text: 'alert(1)' });
    expect(render('<style>p { color: red }</style>')).toMatchObject({ html: '&#x3C;style>p { color: red }&#x3C;/style>', asSource: true });
  });

  it('keeps an image\'s alt text in the cell\'s plain text too', () => {
    expect(render('![Error flow](https://example.com/flow.png) see above').text).toBe('Error flow see above');
  });
});

describe('the hostile fixture site (__e2e__/fixtures/hostile)', () => {
  const { catalog, diagnostics } = readContent(defaultContentPaths(hostileFixture));
  const server = catalog.entries.filter((e) => e.surface === 'server');

  it('reads without errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(server.map((e) => e.code)).toEqual([
      ...Array.from({ length: 13 }, (_, i) => String(1001 + i)),
      '1008.json', 'index.html', 'CON', 'nul.txt', '__proto__', '1016', '1014', '1015',
    ]);
  });

  it('leaves nothing that runs in any cell', () => {
    for (const entry of server) {
      for (const column of entry.meanings[0]!.columns) expectInert(column.html);
    }
  });

  it('keeps what it must', () => {
    const columns = (code: string) => server.find((e) => e.code === code)!.meanings[0]!.columns.map((c) => c.html);
    expect(columns('1010')).toEqual([
      'Kept: line<br>break, <ul><li>one</li><li>two</li></ul>',
      'Kept: <code>code</code>, <em>emphasis</em>, <strong>strong</strong>, <em>em</em>, <code>tag</code>',
    ]);
    expect(columns('1011')).toEqual([
      'Kept: <a href="https://example.com/a?b=1&#x26;c=2">https link</a>',
      'Kept: <a href="http://example.com/" title="t">http link</a>, an escaped | pipe',
    ]);
    expect(columns('1002')).toEqual(['Image with onerror', '<b>Bold kept, onclick removed</b>']);
    expect(columns('1016')).toEqual(['&#x3C;script>alert(\'emptied\')&#x3C;/script>', 'Only a script: shown as its source text']);
    expect(columns('1014')[0]).toBe('An image\'s alt text');
  });

  it('gives the codes that would name a site file or a device a page of their own', () => {
    const slugOf = (code: string) => server.find((e) => e.code === code)!.slug;
    expect(['1008', '1008.json', 'index.html', 'CON', 'nul.txt', '__proto__'].map(slugOf)).toEqual([
      '1008', expect.stringMatching(/^1008-json-[0-9a-f]{8}$/), expect.stringMatching(/^index-html-[0-9a-f]{8}$/),
      expect.stringMatching(/^CON-[0-9a-f]{8}$/), expect.stringMatching(/^nul-txt-[0-9a-f]{8}$/), '__proto__',
    ]);
  });
});
