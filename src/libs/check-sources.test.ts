/**
 * scripts/check-sources.ts, run as a source author runs it: every diagnostic a line,
 * sorted by file and line, then a summary; exit 1 only when there are errors.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, hostileFixture, projectRoot } from './__fixtures__/helpers.ts';

/** Node 24 from the project (it runs TypeScript), whatever Node runs the tests. */
const node = join(projectRoot, 'node_modules/.bin/node');
const script = join(projectRoot, 'scripts/check-sources.ts');

function check(...args: string[]) {
  const run = spawnSync(node, [script, ...args], { encoding: 'utf8', cwd: fixturesDir, timeout: 30_000 });
  return { status: run.status, stdout: run.stdout.split('\n').filter(Boolean), stderr: run.stderr };
}

describe('check-sources', () => {
  it('passes on the project\'s own sources, printing their warnings', () => {
    const { status, stdout, stderr } = check();
    expect(stderr).toBe('');
    expect(stdout).toEqual([
      'warning: content/sources/tencent-cloud-chat-push.md:190: code 907135701 has no description — kept and marked "no description in the source"; copy the description from the original page if it has one',
      'warning: content/sources/xgpush-rest-api.md:12: row has 2 cells but the header has 3 — kept, the missing cells left empty; add the cells if the source has them',
      '5 of 5 source(s) read, 16 table(s), 463 row(s), 417 code(s) in 14 catalog(s), 17 categories: 0 errors, 2 warnings',
    ]);
    expect(status).toBe(0);
  });

  it('fails on broken sources, each error on its own line, sorted by file and line', () => {
    const { status, stdout } = check('--root', join(fixturesDir, 'broken'));
    expect(status).toBe(1);
    expect(stdout.slice(0, -1).map((line) => line.replace(/ — .*/, ''))).toEqual([
      'error: content/sources/bad-fields.md:2: "title": Too small: expected string to have >=1 characters',
      'error: content/sources/bad-fields.md:3: "url": Invalid URL',
      'error: content/sources/bad-fields.md:7: "tables.0.inferred": Invalid input: expected boolean, received string',
      'error: content/sources/bad-fields.md:8: "tables.0": Unrecognized key: "colour"',
      'error: content/sources/missing-frontmatter.md:1: the file has no YAML frontmatter',
      'error: content/sources/orphan-row.md:9: row has no code and there is no code above it to continue',
      'error: content/sources/unclosed-frontmatter.md:1: the frontmatter has no closing "---" line',
      'error: content/sources/unknown-surface.md:5: unknown surface "web" for table 1',
      'error: content/sources/unknown-vendor.md:4: unknown vendor "initech" for table 1',
      'error: content/sources/unreadable-yaml.md:5: the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'error: content/sources/wrong-table-count.md:3: the frontmatter lists 1 table(s) but the file has 2 (at lines 7, 11)',
    ]);
    expect(stdout.at(-1)).toBe('2 of 9 source(s) read, 2 table(s), 2 row(s), 2 code(s) in 2 catalog(s), 0 categories: 11 errors, 0 warnings');
  });

  it('passes with warnings only (the hostile fixture: unsafe codes, cells the sanitizer cuts)', () => {
    const { status, stdout } = check('--root', hostileFixture);
    expect(status).toBe(0);
    // hostile.md: 9 cells the sanitizer cuts, 12 codes that are not URL-safe and one code cell with tags;
    // odd-codes.md: 4 codes naming the site's files or Windows devices, 2 cut cells, a code cell with tags, text after the table;
    // title-breakers.md: 3 codes that are not URL-safe. (Counted from the three files by hand.)
    expect(stdout).toHaveLength(34);
    expect(stdout.filter((line) => line.includes('hostile.md:33:'))).toEqual([
      expect.stringMatching(/^warning: content\/sources\/hostile\.md:33: code "\.\.\/x" has a "\/" or "\\", so it cannot be the address of its page — its page is \/acme\/client\/x-[0-9a-f]{8}\/; /),
    ]);
    // hostile.md: 2 tables of 13 and 14 rows; odd-codes.md: 1 table of 8; title-breakers.md: 1 table of 4.
    expect(stdout.at(-1)).toBe('3 of 3 source(s) read, 4 table(s), 39 row(s), 39 code(s) in 3 catalog(s), 2 categories: 0 errors, 33 warnings');
  });

  it('checks the categories too, each mistake at its line, and runs any rule in linear time', () => {
    const { status, stdout } = check('--root', join(fixturesDir, 'broken-categories'));
    expect(status).toBe(1);
    expect(stdout.map((line) => line.replace(/: [^"]*? — .*/, ''))).toEqual([
      'error: content/categories.yml:13: "unclosed.match.0"',
      'error: content/categories.yml:19: "lookahead.match.0"',
      'error: content/categories.yml:31: "missing-pin.pin"',
      'error: content/categories.yml:32: "Bad_Slug"',
      'error: content/categories.yml:38: "no-action.action"',
      '1 of 1 source(s) read, 1 table(s), 1 row(s), 1 code(s) in 1 catalog(s), 3 categories: 5 errors, 0 warnings',
    ]);
    // `^(\w+\s?)+$` (the "hanging" category) backtracks for ever in JavaScript's engine; here it is simply a rule.
    expect(stdout.join('\n')).not.toContain('hanging');
  });

  it('fails on a folder with no content', () => {
    const { status, stdout } = check('--root', join(fixturesDir, 'no-such-folder'));
    expect(status).toBe(1);
    expect(stdout.at(-1)).toBe('0 of 0 source(s) read, 0 table(s), 0 row(s), 0 code(s) in 0 catalog(s), 0 categories: 3 errors, 0 warnings');
  });

  it('says how to use it on a wrong command line, and exits 2', () => {
    const { status, stdout, stderr } = check('--frobnicate');
    expect(status).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr).toContain('usage: node_modules/.bin/node scripts/check-sources.ts [--root DIR]');
    expect(check('--help')).toMatchObject({ status: 0, stdout: ['usage: node_modules/.bin/node scripts/check-sources.ts [--root DIR]'] });
  });
});
