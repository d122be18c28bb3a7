// Which Chromium the browser tests (Playwright) and Lighthouse use: Debian's
// /usr/bin/chromium, or the binary named by CHROMIUM_PATH. Playwright's own
// browser download is not used (it cannot reach its download host here).
//
// `node scripts/chromium.mjs` exits 1 with one line when the browser is missing.
import { existsSync } from 'node:fs';
import { isMain } from './is-main.mjs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @param {Record<string, string | undefined>} [env] */
export function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH?.trim() || DEBIAN_CHROMIUM;
}

/** Flags for a headless Chromium on a machine with no outside network, as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @param {string} path */
export function missingChromiumMessage(path) {
  return `push-error-codes: no Chromium at ${path}: the browser tests use Debian's Chromium, install it with \`apt-get update && apt-get install -y chromium\` (as root), or set CHROMIUM_PATH to a Chrome or Chromium binary.`;
}

if (isMain(import.meta.url)) {
  const path = chromiumPath();
  if (!existsSync(path)) {
    console.error(missingChromiumMessage(path));
    process.exit(1);
  }
}
