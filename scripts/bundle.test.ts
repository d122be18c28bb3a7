import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { bundle, TOP } from './bundle.mjs';
import { listFiles } from './site-checks/dist.mjs';
import { fakeTree } from './site-checks/fake-tree';

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
      [`${TOP}/README.txt`, ...Object.keys(site).map((p) => `${TOP}/errors/${p}`)].sort(),
    );
    expect(readFileSync(join(out, TOP, 'errors/tpns/server/1008001/index.html'), 'utf8')).toBe('<p>code</p>');
    expect(readFileSync(join(out, TOP, 'errors', longName), 'utf8')).toBe('deep');
    const readme = readFileSync(join(out, TOP, 'README.txt'), 'utf8');
    expect(readme).toContain('python3 -m http.server 8000');
    expect(readme).toContain('http://localhost:8000/errors/');
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
  });

  it('refuses a path tar cannot hold', () => {
    expect(() => bundle({ dist: fakeTree({ [`${'a'.repeat(120)}.html`]: '' }), base: '/', mtime: 0 })).toThrow(
      /too long/,
    );
  });
});
