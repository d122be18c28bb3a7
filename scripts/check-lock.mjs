// `npm run check:lock`, the first step of `npm test`: fails when
// package-lock.json does not match package.json, which `npm ci` (the install
// CI and a fresh clone use) would refuse or get wrong. Two checks:
//
// 1. The lock's copy of package.json's dependency lists (its root entry) must
//    be the same, name for name and range for range. This catches a dependency
//    added, removed or changed in package.json without `npm install`, including
//    the cases `npm ci` lets through: a package added that the lock already
//    holds as another's dependency, and a package removed.
// 2. `npm ci --dry-run`: npm's own check that the locked versions satisfy
//    every range. About half a second; it changes nothing.
//
// Usage: node scripts/check-lock.mjs [PROJECT_DIR]   (default: this project)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMain } from './is-main.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const FIX = 'run `npm install` and commit package-lock.json';
const LISTS = /** @type {const} */ (['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']);

/**
 * Where the lock's record of package.json differs from package.json, one line each.
 * @param {Record<string, any>} pkg package.json
 * @param {Record<string, any>} lock package-lock.json (lockfileVersion 2 or 3)
 * @returns {string[]}
 */
export function lockMismatches(pkg, lock) {
  const locked = lock.packages?.[''];
  if (!locked) return [`package-lock.json has no "packages" entry for the project (lockfileVersion ${lock.lockfileVersion ?? 'missing'}) — ${FIX} with npm 7 or newer`];
  const out = [];
  for (const list of LISTS) {
    const wanted = pkg[list] ?? {};
    const have = locked[list] ?? {};
    for (const name of Object.keys({ ...wanted, ...have }).sort()) {
      if (wanted[name] === have[name]) continue;
      if (have[name] === undefined) out.push(`"${name}": "${wanted[name]}" is in package.json's ${list} but not in package-lock.json — ${FIX}`);
      else if (wanted[name] === undefined) out.push(`"${name}" is in package-lock.json's ${list} but no longer in package.json's — ${FIX}`);
      else out.push(`"${name}" is "${wanted[name]}" in package.json's ${list} but "${have[name]}" in package-lock.json — ${FIX}`);
    }
  }
  return out;
}

/**
 * `npm ci --dry-run` in dir: null when npm accepts the lock, else its reasons.
 * @param {string} dir
 * @returns {string | null}
 */
export function npmCiRefusal(dir) {
  const args = ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];
  // Inside an npm script, the npm that runs it; else the one on PATH.
  const npmCli = process.env.npm_execpath;
  const run = npmCli?.endsWith('.js')
    ? spawnSync(process.execPath, [npmCli, ...args], { cwd: dir, encoding: 'utf8' })
    : spawnSync('npm', args, { cwd: dir, encoding: 'utf8', shell: process.platform === 'win32' });
  if (run.error) return `could not run npm: ${run.error.message}`;
  if (run.status === 0) return null;
  const lines = `${run.stderr}`.split('\n').map((l) => l.replace(/^npm error /, '').trim());
  const reasons = lines.filter((l) => /^(Missing|Invalid):/.test(l));
  return [...new Set(reasons.length ? reasons : lines.filter(Boolean).slice(0, 5))].join('; ');
}

if (isMain(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? root);
  /** @param {string} name */
  const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  let problems;
  try {
    problems = lockMismatches(read('package.json'), read('package-lock.json'));
  } catch (error) {
    problems = [`${error instanceof Error ? error.message : error} — ${FIX}`];
  }
  if (problems.length === 0) {
    const refusal = npmCiRefusal(dir);
    if (refusal) problems = [`npm ci refuses it: ${refusal} — ${FIX}`];
  }
  for (const problem of problems) console.error(`package-lock.json is out of date: ${problem}`);
  if (problems.length) process.exit(1);
  console.log('package-lock.json matches package.json (npm ci accepts it)');
}
