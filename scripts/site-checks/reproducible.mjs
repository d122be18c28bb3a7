// Gate: two builds of the same sources are byte-identical.
//
// Builds the site twice, into two fresh temporary folders (the first with
// `--force`, so a cold content cache and a warm one must agree), hashes every
// file and lists the files that differ, with the first difference in each.
// The builds run with the same BASE_PATH / SITE_URL as everything else.
//
// It takes two full builds, so it can be skipped for quick local runs:
//   SKIP_REPRO_CHECK=1 npm test
// KEEP_REPRO_BUILDS=1 keeps the two builds (always kept when they differ).
//
// Usage: node scripts/site-checks/reproducible.mjs
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMain, listFiles, report, repoRoot } from './dist.mjs';

/**
 * sha256 of every file below dir.
 * @param {string} dir
 */
export function hashTree(dir) {
  /** @type {Map<string, string>} */
  const hashes = new Map();
  for (const file of listFiles(dir)) {
    hashes.set(file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex'));
  }
  return hashes;
}

/**
 * Where two versions of a file first differ, for the report.
 * @param {Buffer} a
 * @param {Buffer} b
 */
export function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const binary = a.includes(0) || b.includes(0);
  if (binary) return `first differs at byte ${i} (sizes ${a.length} and ${b.length})`;
  /** @param {Buffer} buf */
  const around = (buf) => JSON.stringify(buf.subarray(Math.max(0, i - 30), i + 50).toString('utf8'));
  return `first differs at byte ${i}: ${around(a)} vs ${around(b)}`;
}

/**
 * Every difference between two folders, one line each.
 * @param {string} a
 * @param {string} b
 * @returns {string[]}
 */
export function compareTrees(a, b) {
  const ha = hashTree(a);
  const hb = hashTree(b);
  /** @type {string[]} */
  const failures = [];
  for (const [file, hash] of ha) {
    if (!hb.has(file)) failures.push(`${file}: only in the first build`);
    else if (hb.get(file) !== hash) {
      failures.push(`${file}: ${firstDifference(readFileSync(join(a, file)), readFileSync(join(b, file)))}`);
    }
  }
  for (const file of hb.keys()) if (!ha.has(file)) failures.push(`${file}: only in the second build`);
  return failures.sort();
}

/**
 * The site's build (scripts/build.mjs: astro build, then the search index) into outDir,
 * with this Node; output is returned, not shown.
 * @param {string} outDir
 * @param {string[]} [extra]
 */
export function siteBuild(outDir, extra = []) {
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--outDir', outDir, ...extra], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: run.status === 0, output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}` };
}

/**
 * @param {{ build?: (outDir: string, extra: string[]) => { ok: boolean, output: string }, keep?: boolean, log?: (line: string) => void }} [options]
 * @returns {{ failures: string[], summary: string }}
 */
export function checkReproducible({ build = siteBuild, keep = false, log = console.log } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'push-error-codes-repro-'));
  const dirs = [join(work, 'first'), join(work, 'second')];
  for (const [i, dir] of dirs.entries()) {
    log(`reproducibility: build ${i + 1} of 2 into ${dir}`);
    const result = build(dir, i === 0 ? ['--force'] : []);
    if (!result.ok) {
      const tail = result.output.trimEnd().split('\n').slice(-30).join('\n');
      return { failures: [`build ${i + 1} failed (kept in ${work}):\n${tail}`], summary: 'build failed' };
    }
  }
  const failures = compareTrees(dirs[0], dirs[1]);
  const files = listFiles(dirs[0]).length;
  const kept = keep || failures.length > 0;
  if (!kept) rmSync(work, { recursive: true, force: true });
  return { failures, summary: `${files} files compared${kept ? `; both builds kept in ${work}` : ''}` };
}

if (isMain(import.meta.url)) {
  if (process.env.SKIP_REPRO_CHECK === '1') {
    console.log('reproducibility: skipped (SKIP_REPRO_CHECK=1)');
  } else {
    const result = checkReproducible({ keep: process.env.KEEP_REPRO_BUILDS === '1' });
    process.exitCode = report('reproducibility', result) ? 0 : 1;
  }
}
