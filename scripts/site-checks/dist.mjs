// Shared helpers for the site checks: where the built site is, what base path
// and site URL it was built for, and how a URL path maps to a file in it.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteSettings } from '../../src/libs/site-settings.ts';

export { isMain } from '../is-main.mjs';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The settings the checks run with: the dist folder (first command-line
 * argument, else dist/) and BASE_PATH / SITE_URL from the environment, read
 * exactly as astro.config.mjs reads them.
 * @param {string[]} [argv]
 * @param {Record<string, string | undefined>} [env]
 */
export function checkSettings(argv = process.argv.slice(2), env = process.env) {
  const { base, site } = siteSettings(env);
  const dist = resolve(repoRoot, argv.find((a) => !a.startsWith('-')) ?? 'dist');
  return { dist, base, site };
}

/**
 * Every file below dir, as sorted slash-separated paths relative to dir.
 * @param {string} dir
 * @returns {string[]}
 */
export function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  /** @param {string} rel */
  const walk = (rel) => {
    const entries = readdirSync(rel ? join(dir, rel) : dir, { withFileTypes: true });
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk('');
  return out.sort();
}

/**
 * The URL path a built file is served at: `tpns/index.html` -> `/base/tpns/`.
 * @param {string} file path relative to dist
 * @param {string} base
 */
export function urlPathOf(file, base) {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return base + file.slice(0, -'index.html'.length);
  return base + file;
}

/**
 * The file in dist a URL path is served from, or a reason it is not.
 * Pages are folders with index.html (trailingSlash: 'always'), so a link to a
 * page without its trailing slash is reported rather than guessed.
 * @param {string} pathname decoded URL path, e.g. /base/tpns/server/
 * @param {string} base
 * @param {Set<string>} files as listFiles returns them
 * @returns {{ file: string } | { error: string }}
 */
export function fileForPath(pathname, base, files) {
  if (!pathname.startsWith(base)) return { error: `outside the base path ${base}` };
  const rel = pathname.slice(base.length);
  if (rel === '' || rel.endsWith('/')) {
    const file = `${rel}index.html`;
    return files.has(file) ? { file } : { error: 'no such page' };
  }
  if (files.has(rel)) return { file: rel };
  if (files.has(`${rel}/index.html`)) return { error: 'page link without its trailing slash' };
  return { error: 'no such file' };
}

/** @param {string} path */
export function isHtml(path) {
  return path.endsWith('.html');
}

/**
 * Print a gate's result and return whether it passed.
 * @param {string} name
 * @param {{ failures: string[], summary: string }} result
 */
export function report(name, { failures, summary }) {
  if (failures.length === 0) {
    console.log(`${name}: ok (${summary})`);
    return true;
  }
  const shown = failures.slice(0, 200);
  console.error(`${name}: ${failures.length} failure(s) (${summary})`);
  for (const f of shown) console.error(`  - ${f}`);
  if (failures.length > shown.length) console.error(`  ... and ${failures.length - shown.length} more`);
  return false;
}
