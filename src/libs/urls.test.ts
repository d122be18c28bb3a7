import { describe, expect, it } from 'vitest';
import { actionPath, catalogPath, categoryPath, codeJsonPath, codePagePath, fileOf, numberPath, readSitePath, vendorSlugProblem, withBase } from './urls.ts';

describe('site paths', () => {
  it('spells a code\'s page, its JSON and its number, sign included and never encoded', () => {
    const code = { vendor: 'tpns', surface: 'ios', slug: '-10002' };
    expect(codePagePath(code)).toBe('tpns/ios/-10002/');
    expect(codeJsonPath(code)).toBe('tpns/ios/-10002.json');
    expect(numberPath('+5')).toBe('code/+5/');
  });

  it('keeps a list\'s first page at the list\'s path and puts the others a segment deeper than any code\'s page', () => {
    expect([catalogPath('tpns', 'server'), catalogPath('tpns', 'server', 1), catalogPath('tpns', 'server', 2)]).toEqual(['tpns/server/', 'tpns/server/', 'tpns/server/page/2/']);
    expect([categoryPath('quota', 3), actionPath('retry', 2)]).toEqual(['category/quota/page/3/', 'action/retry/page/2/']);
    expect(codePagePath({ vendor: 'tpns', surface: 'server', slug: 'page' })).toBe('tpns/server/page/');
    // Not a code's: a missing later page gets the plain not-found page, not "no code 2 in this catalog".
    expect(readSitePath('tpns/server/page/9/')).toBeNull();
  });

  it('maps a path to the file a static server answers it with', () => {
    expect(fileOf('')).toBe('index.html');
    expect(fileOf('code/+5/')).toBe('code/+5/index.html');
    expect(fileOf('codes.json')).toBe('codes.json');
  });

  it('puts the base path in front', () => {
    expect(withBase('/', 'tpns/')).toBe('/tpns/');
    expect(withBase('/errors/', 'tpns/')).toBe('/errors/tpns/');
    expect(withBase('/errors/', '')).toBe('/errors/');
  });

  it('reads back what a path names, as the not-found page and the removed URLs need', () => {
    expect(readSitePath('huawei/server/80300099/')).toEqual({ kind: 'code-page', vendor: 'huawei', surface: 'server', code: '80300099' });
    expect(readSitePath('tpns/server/99.json')).toEqual({ kind: 'code-json', vendor: 'tpns', surface: 'server', code: '99' });
    expect(readSitePath('code/-12345/')).toEqual({ kind: 'number', code: '-12345' });
    expect(readSitePath('code/%2B503/')).toEqual({ kind: 'number', code: '+503' });
    for (const other of ['', 'about/', 'tpns/server/', 'code/503/x/', 'a/b/c/d/', 'tpns/server/%E0%A4%A/']) expect(readSitePath(other)).toBeNull();
  });

  it('keeps every first segment the site or its tools use from being a vendor\'s slug', () => {
    for (const taken of ['about', 'code', 'category', 'action', 'maintainers', 'search', '_astro', 'pagefind', 'con', 'lpt1']) expect(vendorSlugProblem(taken), taken).toBeDefined();
    for (const free of ['tpns', 'xiaomi', 'codes', 'console']) expect(vendorSlugProblem(free), free).toBeUndefined();
  });
});
