import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReproducible, compareTrees } from './reproducible.mjs';
import { fakeTree } from './fake-tree';

const quiet = () => {};

describe('reproducibility gate', () => {
  it('finds no difference between identical trees', () => {
    const files = { 'index.html': '<p>same</p>', '_astro/a.js': 'x()' };
    expect(compareTrees(fakeTree(files), fakeTree(files))).toEqual([]);
  });

  it('lists changed, missing and extra files with the first difference', () => {
    const a = fakeTree({ 'index.html': '<p>built at 10:00</p>', 'only-a.txt': 'a', 'same.txt': 's' });
    const b = fakeTree({ 'index.html': '<p>built at 10:01</p>', 'only-b.txt': 'b', 'same.txt': 's' });
    expect(compareTrees(a, b)).toEqual([
      'index.html: first differs at byte 16: "<p>built at 10:00</p>" vs "<p>built at 10:01</p>"',
      'only-a.txt: only in the first build',
      'only-b.txt: only in the second build',
    ]);
  });

  it('fails when a build writes something that changes between runs', () => {
    let n = 0;
    const build = (outDir: string) => {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'index.html'), `<p>build ${++n}</p>`);
      return { ok: true, output: '' };
    };
    const result = checkReproducible({ build, log: quiet });
    expect(result.failures).toEqual(['index.html: first differs at byte 9: "<p>build 1</p>" vs "<p>build 2</p>"']);
    const kept = /kept in (\S+)/.exec(result.summary)?.[1];
    expect(kept && existsSync(kept)).toBeTruthy();
    rmSync(kept!, { recursive: true, force: true });
  });

  it('passes, and cleans up, when both builds agree; the first build is cold', () => {
    const calls: string[][] = [];
    const dirs: string[] = [];
    const build = (outDir: string, extra: string[]) => {
      calls.push(extra);
      dirs.push(outDir);
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'index.html'), '<p>stable</p>');
      return { ok: true, output: '' };
    };
    expect(checkReproducible({ build, log: quiet })).toEqual({ failures: [], summary: '1 files compared' });
    expect(calls).toEqual([['--force'], []]);
    expect(dirs.some((d) => existsSync(d))).toBe(false);
  });

  it('reports a failing build with the end of its output', () => {
    const build = () => ({ ok: false, output: 'line 1\n[ERROR] content: bad front matter\n' });
    const { failures } = checkReproducible({ build, log: quiet });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^build 1 failed \(kept in .*\):\nline 1\n\[ERROR\] content: bad front matter$/);
    rmSync(/kept in (\S+)\)/.exec(failures[0])![1], { recursive: true, force: true });
  });
});
