import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { bundle, TOP } from './bundle.mjs';
import { listFiles } from './site-checks/dist.mjs';
import { fakeTree } from './site-checks/fake-tree';
import { get } from './test-http';

function unpack(archive: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'push-error-codes-unpack-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync('tar', ['-xzf', '-', '-C', dir], { input: archive });
  return dir;
}

const longName = `${'x'.repeat(60)}/${'y'.repeat(60)}/${'z'.repeat(40)}.html`;
const site = {
  'index.html': '<p>home</p>',
  'tpns/server/1008001/index.html': '<p>code</p>',
  '_astro/app.js': 'console.log(1)',
  [longName]: 'deep',
};

describe('bundle', () => {
  it('puts the site under the base path beside a README, as tar unpacks it', () => {
    const dist = fakeTree(site);
    const out = unpack(bundle({ dist, base: '/errors/', mtime: 946684800 }));
    expect(listFiles(out)).toEqual(
      [`${TOP}/README.txt`, `${TOP}/serve.py`, ...Object.keys(site).map((p) => `${TOP}/errors/${p}`)].sort(),
    );
    expect(readFileSync(join(out, TOP, 'errors/tpns/server/1008001/index.html'), 'utf8')).toBe('<p>code</p>');
    expect(readFileSync(join(out, TOP, 'errors', longName), 'utf8')).toBe('deep');
    const readme = readFileSync(join(out, TOP, 'README.txt'), 'utf8');
    expect(readme).toContain('python3 serve.py --port 8000');
    expect(readme).toContain('http://localhost:8000/errors/');
    expect(readFileSync(join(out, TOP, 'serve.py'), 'utf8')).toMatch(/^BASE_PATH = "\/errors\/"/m);
  });

  it('puts a root-path site directly in the folder', () => {
    const out = unpack(bundle({ dist: fakeTree(site), base: '/', mtime: 946684800 }));
    expect(listFiles(join(out, TOP))).toContain('index.html');
  });

  it('is byte-identical for the same files, whatever their times on disk', () => {
    const a = bundle({ dist: fakeTree(site), base: '/', mtime: 946684800 });
    const b = bundle({ dist: fakeTree(site), base: '/', mtime: 946684800 });
    expect(a.equals(b)).toBe(true);
    const listing = execFileSync('tar', ['-tvzf', '-'], { input: a, encoding: 'utf8' });
    expect(listing).toContain('root/root');
    expect(listing).toContain('2000-01-01');
    expect(listing).toMatch(/^-rwxr-xr-x .* push-error-codes-site\/serve\.py$/m);
    expect(listing).toMatch(/^-rw-r--r-- .* push-error-codes-site\/index\.html$/m);
  });

  it('holds a path longer than a plain tar header allows (a pax record)', () => {
    const name = `${'a'.repeat(120)}/${'b'.repeat(120)}.html`;
    const out = unpack(bundle({ dist: fakeTree({ [name]: 'long' }), base: '/', mtime: 946684800 }));
    expect(readFileSync(join(out, TOP, name), 'utf8')).toBe('long');
  });

  it('refuses a site with a file where its own README.txt or serve.py goes', () => {
    expect(() => bundle({ dist: fakeTree({ 'serve.py': '' }), base: '/', mtime: 0 })).toThrow(
      /serve\.py: the site has a file where the bundle puts its own serve\.py/,
    );
    expect(() => bundle({ dist: fakeTree({ 'README.txt': '' }), base: '/errors/', mtime: 0 })).not.toThrow();
  });
});

/** python3 serve.py in the unpacked bundle, on a free port; resolves with the port. */
async function startServePy(folder: string): Promise<number> {
  const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (python.error) throw new Error(`python3 is not on PATH (${python.error.message}): the bundle's serve.py needs Python 3`);
  const server = spawn('python3', [join(folder, 'serve.py'), '--port', '0', '--bind', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => void server.kill());
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve.py did not start within 10 s: ${output}`)), 10_000);
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const port = /open http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        done(Number(port));
      }
    });
    server.stderr.on('data', (chunk: Buffer) => (output += chunk));
    server.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`serve.py exited with ${code}: ${output.trim()}`));
    });
  });
}

describe("the bundle's serve.py", () => {
  const served = {
    ...site,
    '404.html': '<h1>Not found (the site’s page)</h1>',
    'tpns/server/1008001.json': '{"code":"1008001"}',
    'pagefind/wasm.en.pagefind': 'gzip data',
    'evil.com/index.html': 'a folder named like a host',
  };

  it('serves pages, redirects a page URL without its slash, answers a missing code with the 404 page', async () => {
    const out = unpack(bundle({ dist: fakeTree(served), base: '/errors/', mtime: 946684800 }));
    const port = await startServePy(join(out, TOP));

    const page = await get(port, '/errors/tpns/server/1008001/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body.toString()).toBe('<p>code</p>');

    const redirect = await get(port, '/errors/tpns/server/1008001?from=ticket');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/errors/tpns/server/1008001/?from=ticket');
    expect((await get(port, '/errors')).headers.location).toBe('/errors/');
    expect((await get(port, '//errors//evil.com')).headers.location).toBe('/errors/evil.com/');

    for (const missing of ['/errors/tpns/server/9999999/', '/errors/tpns/server/9999999', '/', '/README.txt']) {
      const reply = await get(port, missing);
      expect(reply.status, missing).toBe(404);
      expect(reply.headers['content-type'], missing).toBe('text/html; charset=utf-8');
      expect(reply.body.toString(), missing).toBe(served['404.html']);
    }

    expect((await get(port, '/errors/tpns/server/1008001.json')).headers['content-type']).toBe('application/json');
    expect((await get(port, '/errors/pagefind/wasm.en.pagefind')).headers['content-type']).toBe('application/octet-stream');
  });

  it('serves nothing outside the site folder', async () => {
    const out = unpack(bundle({ dist: fakeTree(served), base: '/errors/', mtime: 946684800 }));
    const port = await startServePy(join(out, TOP));
    for (const path of [
      '/errors/../serve.py', '/errors/%2e%2e/serve.py', '/errors/%2E%2E%2Fserve.py', '/errors/..%5Cserve.py',
      '/errors/..\\serve.py', '/errors/tpns/../../README.txt',
    ]) {
      const reply = await get(port, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString(), path).toBe(served['404.html']);
    }
  });
});
