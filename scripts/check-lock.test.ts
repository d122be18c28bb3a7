import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lockMismatches } from './check-lock.mjs';
import { fakeTree } from './site-checks/fake-tree';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8'));
const script = fileURLToPath(new URL('./check-lock.mjs', import.meta.url));

/** package.json with one change. */
function edited(change: (p: typeof pkg) => void) {
  const copy = structuredClone(pkg);
  change(copy);
  return copy;
}

describe('lockMismatches', () => {
  it('finds nothing when the lock records package.json as it is', () => {
    expect(lockMismatches(pkg, lock)).toEqual([]);
  });

  it('names a dependency added, removed, changed or moved in package.json alone', () => {
    expect(lockMismatches(edited((p) => { p.dependencies['left-pad'] = '^1.3.0'; }), lock)).toEqual([
      '"left-pad": "^1.3.0" is in package.json\'s dependencies but not in package-lock.json — run `npm install` and commit package-lock.json',
    ]);
    expect(lockMismatches(edited((p) => { delete p.dependencies.zod; }), lock)).toEqual([
      expect.stringMatching(/^"zod" is in package-lock\.json's dependencies but no longer in package\.json's/),
    ]);
    expect(lockMismatches(edited((p) => { p.dependencies.zod = '^3.0.0'; }), lock)).toEqual([
      expect.stringMatching(/^"zod" is "\^3\.0\.0" in package\.json's dependencies but "\^4\.\d+\.\d+" in package-lock\.json/),
    ]);
    const moved = lockMismatches(edited((p) => { p.devDependencies.yaml = p.dependencies.yaml; delete p.dependencies.yaml; }), lock);
    expect(moved).toHaveLength(2);
  });

  it('refuses a lock file from before npm 7', () => {
    expect(lockMismatches(pkg, { lockfileVersion: 1, dependencies: {} })[0]).toMatch(/no "packages" entry.*lockfileVersion 1/);
  });
});

describe('node scripts/check-lock.mjs', () => {
  const run = (packageJson: unknown) => {
    const dir = fakeTree({
      'package.json': JSON.stringify(packageJson, null, 2),
      'package-lock.json': JSON.stringify(lock, null, 2),
    });
    return spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
  };

  it('passes on this project as committed (npm ci --dry-run accepts it)', () => {
    const result = run(pkg);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('package-lock.json matches package.json');
    expect(result.status).toBe(0);
  });

  it('fails, naming it, on a dependency added to package.json only — one npm ci itself would let through', () => {
    // semver is in the lock already, as a dependency of other packages.
    expect(lock.packages['node_modules/semver']).toBeDefined();
    const result = run(edited((p) => { p.dependencies.semver = '^7.0.0'; }));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'package-lock.json is out of date: "semver": "^7.0.0" is in package.json\'s dependencies but not in package-lock.json — run `npm install` and commit package-lock.json',
    );
  });
});
