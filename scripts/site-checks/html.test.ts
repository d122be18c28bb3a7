import { describe, expect, it } from 'vitest';
import { checkHtml } from './html.mjs';
import { fakeTree, page } from './fake-tree';

describe('html gate', () => {
  it('passes valid pages', async () => {
    const dist = fakeTree({ 'index.html': page('<main><h1>Codes</h1><p>Text</p></main>') });
    expect((await checkHtml({ dist })).failures).toEqual([]);
  });

  it('fails invalid pages, naming page, position and rule', async () => {
    const dist = fakeTree({
      'index.html': page('<main><h1 id="a">A</h1><h2 id="a">B</h2></main>'),
      'tpns/index.html': page('<main><p>one<div>two</div></main>'),
    });
    const failures = (await checkHtml({ dist })).failures.join('\n');
    expect(failures).toMatch(/^index\.html:1:\d+ no-dup-id: /m);
    expect(failures).toMatch(/^tpns\/index\.html:1:\d+ [a-z-]+: /m);
  });

  it("lets Expressive Code's markup through only inside a code block figure", async () => {
    const codeBlock =
      '<figure class="frame"><figcaption class="header"></figcaption><pre data-language="json"><code><div class="ec-line">{}</div></code></pre>' +
      '<div class="copy"><div aria-live="polite"></div><button type="button" title="Copy to clipboard"><div></div></button></div></figure>';
    const ok = fakeTree({ 'index.html': page(`<main>${codeBlock}</main>`) });
    const result = await checkHtml({ dist: ok });
    expect(result.failures).toEqual([]);
    expect(result.summary).toMatch(/[1-9]\d* messages from known Starlight markup let through/);

    const bad = fakeTree({ 'index.html': page('<main><p><code><div>not in a figure</div></code></p></main>') });
    expect((await checkHtml({ dist: bad })).failures.join('\n')).toContain('element-permitted-content');
  });

  it('splits a large site over worker threads and still finds the one bad page', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`p${String(i).padStart(2, '0')}/index.html`] = page(`<main><h1>Page ${i}</h1></main>`);
    files['p07/index.html'] = page('<main><h1 id="x">A</h1><h1 id="x">B</h1></main>');
    const result = await checkHtml({ dist: fakeTree(files) }, { pagesPerThread: 4 });
    expect(result.summary).toMatch(/^12 pages/);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(/^p07\/index\.html:1:\d+ no-dup-id/);
  });
});
