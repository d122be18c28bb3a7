// The sites the browser tests run against, besides dist/ (built by `npm run build`):
// the real content under a sub-path with SITE_URL, and the hostile-cells fixture under a
// sub-path without it. Each has its own
// output folder and port. `node scripts/test-sites.mjs` builds them one after the
// other (parallel builds would share Astro's cache); playwright.config.ts serves them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMain } from './is-main.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @type {{ name: string, outDir: string, env: Record<string, string> }[]} */
export const TEST_SITES = [
  { name: 'subpath', outDir: 'dist-subpath', env: { BASE_PATH: '/errors/', SITE_URL: 'https://docs.example.com' } },
  // Under a sub-path and without SITE_URL: the pages know neither their host nor their public address.
  { name: 'hostile', outDir: 'dist-hostile', env: { CONTENT_DIR: '__e2e__/fixtures/hostile/content', BASE_PATH: '/errors/' } },
];

if (isMain(import.meta.url)) {
  for (const site of TEST_SITES) {
    console.log(`test site "${site.name}": scripts/build.mjs --outDir ${site.outDir} (${Object.entries(site.env).map(([k, v]) => `${k}=${v}`).join(' ')})`);
    const { status } = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outDir', site.outDir, '--silent'], {
      cwd: root, stdio: 'inherit', env: { ...process.env, ...site.env },
    });
    if (status !== 0) process.exit(status ?? 1);
  }
}
