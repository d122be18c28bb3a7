import { describe, expect, it } from 'vitest';
import { codePagePath, formatPublishedUrls, parsePublishedUrls, updatePublishedUrls } from './published-urls.ts';

describe('published URL list', () => {
  it('reads paths, removal dates and comments', () => {
    expect(parsePublishedUrls('# c\n/a/\n\n/b/c/1/ removed 2026-01-02\n')).toEqual([
      { path: '/a/', removed: undefined }, { path: '/b/c/1/', removed: '2026-01-02' },
    ]);
  });

  it('names the line of a bad entry', () => {
    expect(() => parsePublishedUrls('/a/\nnot a path\n')).toThrow('content/published-urls.txt:2: "not a path" is not a site path');
  });

  it('adds new paths, dates removed ones once, revives returning ones', () => {
    const list = parsePublishedUrls('/a/\n/gone/ removed 2026-01-01\n/old/\n');
    const { urls, added, removed } = updatePublishedUrls(list, ['/a/', '/gone/', '/new/'], '2026-11-22');
    expect(added).toEqual(['/new/']);
    expect(removed).toEqual(['/old/']);
    expect(urls).toEqual([{ path: '/a/' }, { path: '/gone/' }, { path: '/new/' }, { path: '/old/', removed: '2026-11-22' }]);
    expect(parsePublishedUrls(formatPublishedUrls(urls))).toEqual(urls.map((u) => ({ removed: undefined, ...u })));
  });

  it('recognises a code page path', () => {
    expect(codePagePath('/huawei/server/80300007/')).toEqual({ vendor: 'huawei', surface: 'server', code: '80300007' });
    expect(codePagePath('/code/503/x/')).toBeNull();
    expect(codePagePath('/tpns/server/')).toBeNull();
  });
});
