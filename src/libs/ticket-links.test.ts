import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownLink, pageLink } from './ticket-links.ts';

describe('ticket links', () => {
  it('keeps a meaning that reads like Markdown as text: no link to another host', () => {
    const copied = markdownLink('TPNS server 1 — x](https://evil.example/phish) [', 'https://errors.example.com/tpns/server/1/');
    expect(copied).toBe('[TPNS server 1 — x\\](https://evil.example/phish) \\[](https://errors.example.com/tpns/server/1/)');
    // One link, to the site: the text has no unescaped bracket that could close it early.
    expect(copied.match(/(?<!\\)\]\(/g)).toHaveLength(1);
    expect(copied.endsWith('](https://errors.example.com/tpns/server/1/)')).toBe(true);
  });

  it('escapes emphasis, code, HTML, images and cells, folds line breaks, and leaves the rest readable', () => {
    expect(escapeMarkdown('*bold* _em_ `code` <b>x</b> ![i](j) a|b ~~s~~\nnext')).toBe('\\*bold\\* \\_em\\_ \\`code\\` \\<b\\>x\\</b\\> !\\[i\\](j) a\\|b \\~\\~s\\~\\~ next');
    expect(escapeMarkdown('-10002 · TPNS iOS SDK — The token has already been bound (e.g. twice).')).toBe('-10002 · TPNS iOS SDK — The token has already been bound (e.g. twice).');
  });

  it('encodes what would end the URL early', () => {
    expect(markdownLink('a', 'http://h/a (b)/')).toBe('[a](http://h/a%20%28b%29/)');
  });

  it('copies the page\'s own address unless the site has a public one', () => {
    expect(pageLink(undefined, { origin: 'http://intranet:8000', pathname: '/errors/tpns/server/1008001/' })).toBe('http://intranet:8000/errors/tpns/server/1008001/');
    expect(pageLink('https://errors.example.com/tpns/server/1008001/', { origin: 'http://localhost:4321', pathname: '/tpns/server/1008001/' }))
      .toBe('https://errors.example.com/tpns/server/1008001/');
  });
});
