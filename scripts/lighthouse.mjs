// `npm run lighthouse`: Lighthouse scores of the built site (dist/), served by
// `astro preview` on a port of its own, in Debian's Chromium (or CHROMIUM_PATH).
//
// Usage: npm run build && npm run lighthouse [-- PATH ...] [-- --desktop]
//   PATHs are site paths (default: the home page, a catalog and a code page);
//   --desktop uses Lighthouse's desktop preset instead of its default mobile one.
// Prints the four category scores per page as a Markdown table and writes the
// full reports to lighthouse-reports/ (HTML and JSON, one pair per page).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSettings } from '../src/libs/site-settings.ts';
import { CHROMIUM_ARGS, chromiumPath, missingChromiumMessage } from './chromium.mjs';
import { repoRoot } from './site-checks/dist.mjs';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4398);
const DEFAULT_PATHS = ['/', '/tpns/server/', '/tpns/server/1008001/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const args = process.argv.slice(2);
const desktop = args.includes('--desktop');
const paths = args.filter((a) => !a.startsWith('--'));
const { base } = siteSettings(process.env);
const chrome = chromiumPath();

if (!existsSync(join(repoRoot, 'dist'))) {
  console.error('lighthouse: there is no build in dist/: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(chrome)) {
  console.error(missingChromiumMessage(chrome));
  process.exit(1);
}

// "localhost", not 127.0.0.1: the default SITE_URL is http://localhost:4321,
// and Lighthouse's canonical-link audit compares host names.
const origin = `http://localhost:${PORT}`;
const server = spawn(process.execPath, [join(repoRoot, 'scripts', 'serve.mjs'), '--port', String(PORT)], {
  cwd: repoRoot,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

try {
  await waitFor(`${origin}${base}favicon.svg`);
  const reports = join(repoRoot, 'lighthouse-reports');
  mkdirSync(reports, { recursive: true });
  const rows = [];
  for (const path of paths.length ? paths : DEFAULT_PATHS) {
    const url = `${origin}${base}${path.replace(/^\/+/, '')}`;
    const name = path.replace(/^\/+|\/+$/g, '').replace(/[^a-zA-Z0-9-]+/g, '_') || 'home';
    const out = join(reports, name);
    console.error(`lighthouse: ${url}`);
    const run = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'node_modules', 'lighthouse', 'cli', 'index.js'),
        url,
        '--output=json',
        '--output=html',
        `--output-path=${out}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
        '--no-enable-error-reporting',
        '--quiet',
        ...(desktop ? ['--preset=desktop'] : []),
      ],
      { cwd: repoRoot, env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (run.status !== 0) throw new Error(`lighthouse failed on ${url} (exit ${run.status})`);
    const report = JSON.parse(readFileSync(`${out}.report.json`, 'utf8'));
    rows.push([path, ...CATEGORIES.map((c) => Math.round((report.categories[c]?.score ?? NaN) * 100))]);
  }
  console.log(`\nLighthouse ${desktop ? 'desktop' : 'mobile'} scores (reports in lighthouse-reports/):\n`);
  console.log(`| page | ${CATEGORIES.join(' | ')} |`);
  console.log(`| --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`);
  for (const row of rows) console.log(`| \`${row[0]}\` | ${row.slice(1).join(' | ')} |`);
} catch (error) {
  console.error(`lighthouse: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  stop();
}

/** @param {string} url */
async function waitFor(url) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error('the preview server stopped');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the preview server did not answer at ${url} within 60 s`);
}
