import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostics.ts';
import { formatPublishedUrls, parsePublishedUrls, updatePublishedUrls } from './published-urls.ts';

describe('published URL list', () => {
  it('reads paths, removal dates and comments', () => {
    expect(parsePublishedUrls('# c\n/a/\n\n/b/c/1/ removed 2026-01-02\n')).toEqual({
      urls: [{ path: '/a/', removed: undefined }, { path: '/b/c/1/', removed: '2026-01-02' }],
      diagnostics: [],
    });
  });

  it('names the line of a bad entry, and reads the others', () => {
    const { urls, diagnostics } = parsePublishedUrls('/a/\nnot a path\n/b/\n');
    expect(urls.map((u) => u.path)).toEqual(['/a/', '/b/']);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/published-urls.txt:2: "not a path" is not a site path — write one path per line, starting with "/", optionally followed by "removed YYYY-MM-DD"',
    ]);
  });

  it('adds new paths, dates removed ones once, revives returning ones', () => {
    const list = parsePublishedUrls('/a/\n/gone/ removed 2026-01-01\n/old/\n').urls;
    const { urls, added, removed } = updatePublishedUrls(list, ['/a/', '/gone/', '/new/'], '2026-11-22');
    expect(added).toEqual(['/new/']);
    expect(removed).toEqual(['/old/']);
    expect(urls).toEqual([{ path: '/a/' }, { path: '/gone/' }, { path: '/new/' }, { path: '/old/', removed: '2026-11-22' }]);
    expect(parsePublishedUrls(formatPublishedUrls(urls)).urls).toEqual(urls.map((u) => ({ removed: undefined, ...u })));
  });
});
