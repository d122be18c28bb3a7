import { describe, expect, it } from 'vitest';
import { checkLinks } from './links.mjs';
import { fakeTree, page } from './fake-tree';

const site = 'https://errors.example.com';

describe('links gate', () => {
  it('passes a site whose links, anchors and resources all resolve', () => {
    const dist = fakeTree({
      'index.html': page(
        '<main><a href="tpns/">TPNS</a> <a href="/tpns/#codes">codes</a> <a href="#top">top</a>' +
          '<a href="https://developer.example.org/docs">vendor docs</a> <img src="/logo.svg" alt="logo"></main>',
        '<link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://errors.example.com/">' +
          '<link rel="stylesheet" href="/_astro/site.css">',
      ),
      'tpns/index.html': page('<h2 id="codes">Codes</h2><a href="../">home</a> <a href="./#codes">self</a>'),
      '404.html': page('<p>Not found</p>', '<link rel="canonical" href="https://errors.example.com/404/">'),
      'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '_astro/site.css': 'body { background: url(../logo.svg) } .x { background: url("data:image/png;base64,AA==") }',
    });
    const result = checkLinks({ dist, base: '/', site });
    expect(result.failures).toEqual([]);
    expect(result.summary).toMatch(/3 pages, \d+ internal references, 3 anchors, 1 external links not followed/);
  });

  it('fails on broken links, missing anchors and off-host resources', () => {
    const dist = fakeTree({
      'index.html': page(
        '<a href="/missing/">missing</a> <a href="tpns/#nope">bad anchor</a> <a href="/tpns">no slash</a>' +
          '<script src="https://cdn.example.net/lib.js"></script> <img src="//images.example.net/a.png" alt="">' +
          '<img srcset="/ok.png 1x, https://images.example.net/b.png 2x" src="/ok.png" alt="">' +
          '<div style="background: url(https://images.example.net/c.png)"></div>',
        '<link rel="stylesheet" href="https://fonts.example.net/css?family=X">' +
          '<link rel="preconnect" href="https://fonts.example.net">',
      ),
      'tpns/index.html': page('<h2 id="codes">Codes</h2>'),
      'ok.png': 'png',
      'site.css': '@font-face { src: url(https://fonts.example.net/x.woff2) } .y { background: url(missing.png) }',
    });
    const failures = checkLinks({ dist, base: '/', site }).failures.join('\n');
    expect(failures).toContain('<a href> "/missing/": no such page (in index.html)');
    expect(failures).toContain('<a href> "tpns/#nope": no element with id "nope" in tpns/index.html');
    expect(failures).toContain('<a href> "/tpns": page link without its trailing slash');
    expect(failures).toContain('<script src> "https://cdn.example.net/lib.js": loads a resource from another host');
    expect(failures).toContain('<img src> "//images.example.net/a.png": loads a resource from another host');
    expect(failures).toContain('<img srcset> "https://images.example.net/b.png": loads a resource');
    expect(failures).toContain('<div style> "https://images.example.net/c.png": loads a resource');
    expect(failures).toContain('<link rel="stylesheet" href> "https://fonts.example.net/css?family=X": loads a resource');
    expect(failures).toContain('<link rel="preconnect" href> "https://fonts.example.net": loads a resource');
    expect(failures).toContain('CSS url() "https://fonts.example.net/x.woff2": loads a resource from another host (fonts.example.net) (in site.css)');
    expect(failures).toContain('CSS url() "missing.png": no such file (in site.css)');
  });

  it('resolves links under the base path, and reports links that leave it', () => {
    const dist = fakeTree({
      'index.html': page('<a href="/errors/tpns/">ok</a> <a href="/tpns/">outside</a> <a href="https://errors.example.com/errors/tpns/">absolute</a>'),
      'tpns/index.html': page('<a href="../">up</a>'),
    });
    const { failures } = checkLinks({ dist, base: '/errors/', site });
    expect(failures).toEqual(['<a href> "/tpns/": outside the base path /errors/ (in index.html)']);
  });

  it('lists a link broken on many pages once, with a few of the pages', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) files[`p${i}/index.html`] = page('<a href="/gone/">gone</a>');
    const { failures } = checkLinks({ dist: fakeTree(files), base: '/', site });
    expect(failures).toEqual(['<a href> "/gone/": no such page (in p0/index.html, p1/index.html, p2/index.html, ... (5 pages))']);
  });
});
