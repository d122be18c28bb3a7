/**
 * A broken source fails the real build (not only the parser) with messages that name
 * the file and line and say what to change. Builds src/libs/__fixtures__/broken/ with
 * CONTENT_DIR; the build stops while syncing content, before any page is written.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

it('astro build fails on the broken fixture, naming each file and what to change', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'broken-build-'));
  try {
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: 'src/libs/__fixtures__/broken/content', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    const dir = 'src/libs/__fixtures__/broken/content/sources';
    expect(output).toMatch(new RegExp(`${dir}/wrong-table-count\\.md:\\d+: the frontmatter lists \\d+ table\\(s\\) but the file has \\d+ .* — give "tables:" one item`));
    expect(output).toMatch(new RegExp(`${dir}/unknown-vendor\\.md:\\d+: unknown vendor "[^"]+" for table 1 — use one of acme`));
    expect(output).toMatch(new RegExp(`${dir}/unknown-surface\\.md:\\d+: unknown surface "[^"]+" for table 1 — use one of`));
    expect(output).toContain(`${dir}/missing-frontmatter.md:1: the file has no YAML frontmatter`);
    expect(output).toContain('npm run check:sources');
    expect(output).not.toContain('Browser APIs are not available');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}, 150_000);
