import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { resolveRequest, serveOptions, startServer } from './serve.mjs';
import { fakeTree } from './site-checks/fake-tree';
import { get } from './test-http';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('serveOptions', () => {
  it('serves dist/ on 127.0.0.1:4321 by default', () => {
    expect(serveOptions([])).toEqual({ port: 4321, host: '127.0.0.1', outDir: resolve(root, 'dist') });
  });

  it('takes --host alone as every address, --host ADDRESS, --port and --outDir', () => {
    expect(serveOptions(['--host']).host).toBeUndefined();
    expect(serveOptions(['--host', '--port', '8080'])).toMatchObject({ host: undefined, port: 8080 });
    expect(serveOptions(['--port', '8080', '--host'])).toMatchObject({ host: undefined, port: 8080 });
    expect(serveOptions(['--host', '0.0.0.0', '--port', '8080'])).toMatchObject({ host: '0.0.0.0', port: 8080 });
    expect(serveOptions(['--port=9000', '--host=::1'])).toMatchObject({ host: '::1', port: 9000 });
    expect(serveOptions(['--outDir', 'dist-subpath']).outDir).toBe(resolve(root, 'dist-subpath'));
    expect(serveOptions(['--outDir=/srv/site']).outDir).toBe('/srv/site');
  });

  it('rejects a port that is not a port number', () => {
    expect(() => serveOptions(['--port', 'abc'])).toThrow(/--port needs a number from 0 to 65535 \(got "abc"\)/);
    expect(() => serveOptions(['--port', '70000'])).toThrow(/--port needs a number/);
    expect(() => serveOptions(['--port'])).toThrow(/--port/);
  });

  it('rejects flags and arguments it does not know, with the usage', () => {
    expect(() => serveOptions(['--open'])).toThrow(/Unknown option '--open'.*usage: node scripts\/serve\.mjs/);
    expect(() => serveOptions(['dist'])).toThrow(/Unexpected argument 'dist'.*usage:/);
  });
});

const site = {
  'index.html': '<p>home</p>',
  '404.html': '<h1>Not found (the site’s page)</h1>',
  'tpns/server/index.html': '<p>catalog</p>',
  'tpns/server/1008001/index.html': '<p>code 1008001</p>',
  'tpns/server/1008001.json': '{"code":"1008001"}',
  'tpns/ios/-10002/index.html': '<p>code -10002</p>',
  'evil.com/index.html': '<p>a folder named like a host</p>',
  'pagefind/wasm.en.pagefind': 'gzip data',
  'pagefind/fragment/en_1.pf_fragment': 'gzip data',
  'search.wasm': '\0asm',
  '_astro/app.3f9a1c2b.js': 'console.log(1)',
  'big.css': `body { color: red; }\n`.repeat(200),
};

describe('resolveRequest', () => {
  const answer = (base: string, url: string) => resolveRequest(fakeTree(site), base, url);

  it('answers a page with its index.html and a file with itself', () => {
    expect(answer('/', '/')).toEqual({ status: 200, file: 'index.html' });
    expect(answer('/', '/tpns/server/1008001/')).toEqual({ status: 200, file: 'tpns/server/1008001/index.html' });
    expect(answer('/', '/tpns/server/1008001.json?x=1')).toEqual({ status: 200, file: 'tpns/server/1008001.json' });
    expect(answer('/', '/tpns/ios/%2D10002/')).toEqual({ status: 200, file: 'tpns/ios/-10002/index.html' });
    expect(answer('/errors/', '/errors/tpns/server/')).toEqual({ status: 200, file: 'tpns/server/index.html' });
  });

  it('redirects a page URL without its trailing slash, query kept, slashes merged', () => {
    expect(answer('/', '/tpns/server/1008001')).toEqual({ status: 301, location: '/tpns/server/1008001/' });
    expect(answer('/', '/tpns/server/1008001?from=ticket&x=1')).toEqual({
      status: 301, location: '/tpns/server/1008001/?from=ticket&x=1',
    });
    expect(answer('/errors/', '/errors')).toEqual({ status: 301, location: '/errors/' });
    expect(answer('/errors/', '/errors/tpns//server')).toEqual({ status: 301, location: '/errors/tpns/server/' });
    // Never to another host: "//evil.com" is the folder evil.com/ of this site.
    expect(answer('/', '//evil.com')).toEqual({ status: 301, location: '/evil.com/' });
  });

  it('does not guess: a missing page, a file with a slash, a folder with no index.html are missing', () => {
    expect(answer('/', '/tpns/server/9999999/')).toEqual({ status: 404 });
    expect(answer('/', '/tpns/server/9999999')).toEqual({ status: 404 });
    expect(answer('/', '/tpns/server/1008001.json/')).toEqual({ status: 404 });
    expect(answer('/', '/tpns/')).toEqual({ status: 404 });
    expect(answer('/', '/tpns')).toEqual({ status: 404 });
  });

  it('answers nothing outside the base path', () => {
    expect(answer('/errors/', '/')).toEqual({ status: 404 });
    expect(answer('/errors/', '/tpns/server/1008001/')).toEqual({ status: 404 });
    expect(answer('/errors/', '/errorsx/')).toEqual({ status: 404 });
  });

  it('refuses dot segments, backslashes, encoded slashes and bad escapes', () => {
    for (const url of [
      '/../index.html', '/tpns/../index.html', '/%2e%2e/index.html', '/%2E%2E/index.html', '/./index.html',
      '/errors/..%2Findex.html', '/tpns%2Fserver/', '/tpns%5Cserver/', '/tpns\\server/', '/%00/', '/%zz/',
    ]) {
      expect(answer('/', url), url).toEqual({ status: 404 });
    }
  });
});

async function serve(files: Record<string, string>, dirInTree: string, base: string): Promise<number> {
  const tree = fakeTree(files);
  const server = await startServer({ dir: join(tree, dirInTree), base, port: 0, host: '127.0.0.1' });
  onTestFinished(() => {
    server.closeAllConnections();
    server.close();
  });
  return (server.address() as AddressInfo).port;
}

describe('the server', () => {
  // The site in site/, and a file beside it that must never be served.
  const tree = {
    'secret.txt': 'SECRET',
    ...Object.fromEntries(Object.entries(site).map(([path, body]) => [`site/${path}`, body])),
  };

  it('redirects a page without its trailing slash (301) and serves it with the slash', async () => {
    const port = await serve(tree, 'site', '/errors/');
    const redirect = await get(port, '/errors/tpns/server/1008001?from=ticket');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/errors/tpns/server/1008001/?from=ticket');
    const page = await get(port, '/errors/tpns/server/1008001/?from=ticket');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html;charset=utf-8');
    expect(page.body.toString()).toBe('<p>code 1008001</p>');
  });

  it('answers a missing page, and anything outside the base path, with 404.html and status 404', async () => {
    const port = await serve(tree, 'site', '/errors/');
    for (const path of ['/errors/tpns/server/9999999/', '/errors/nope', '/', '/index.html', '/errorsx/']) {
      const reply = await get(port, path);
      expect(reply.status, path).toBe(404);
      expect(reply.headers['content-type'], path).toBe('text/html;charset=utf-8');
      expect(reply.body.toString(), path).toBe(site['404.html']);
    }
  });

  it('says "Not found" in plain text when the site has no 404.html', async () => {
    const port = await serve({ 'site/index.html': 'home' }, 'site', '/');
    const reply = await get(port, '/nope/');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toBe('Not found\n');
  });

  it('never serves a file outside the site folder', async () => {
    const port = await serve(tree, 'site', '/');
    for (const path of [
      '/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/..%5Csecret.txt', '/..\\secret.txt',
      '/tpns/../../secret.txt', '//../secret.txt',
    ]) {
      const reply = await get(port, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString(), path).not.toContain('SECRET');
    }
  });

  it('sends each kind of file with its content type; unknown kinds as application/octet-stream', async () => {
    const port = await serve(tree, 'site', '/');
    const types: Record<string, string> = {
      '/tpns/server/1008001.json': 'application/json',
      '/tpns/server/': 'text/html;charset=utf-8',
      '/search.wasm': 'application/wasm',
      '/pagefind/wasm.en.pagefind': 'application/octet-stream',
      '/pagefind/fragment/en_1.pf_fragment': 'application/octet-stream',
      '/_astro/app.3f9a1c2b.js': 'text/javascript',
    };
    for (const [path, type] of Object.entries(types)) {
      const reply = await get(port, path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe(type);
    }
    expect((await get(port, '/_astro/app.3f9a1c2b.js')).headers['cache-control']).toContain('immutable');
  });

  it('gzips text for a client that asks, and only then', async () => {
    const port = await serve(tree, 'site', '/');
    const zipped = await get(port, '/big.css', { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toBe(site['big.css']);
    const plain = await get(port, '/big.css');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(site['big.css']);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const port = await serve(tree, 'site', '/');
    const head = await get(port, '/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const post = await get(port, '/', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});
