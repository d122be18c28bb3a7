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

  it('lets known markup through only where it is known', async () => {
    // The search dialog's results are an ARIA listbox of links (KNOWN_STARLIGHT_MARKUP); any other listbox is not.
    const results = '<ul id="site-search-results" role="listbox" aria-label="Results"></ul>';
    const result = await checkHtml({ dist: fakeTree({ 'index.html': page(`<main>${results}</main>`) }) });
    expect(result.failures).toEqual([]);
    expect(result.summary).toMatch(/[1-9]\d* messages? from known Starlight markup let through/);

    const bad = fakeTree({ 'index.html': page('<main><ul id="elsewhere" role="listbox" aria-label="Other"></ul></main>') });
    expect((await checkHtml({ dist: bad })).failures.join('\n')).toContain('prefer-native-element');
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
