// Serve the built site in dist/ with `astro preview`, which serves it under
// BASE_PATH like the real host would. Used by `npm start`, `npm run preview`
// and `npm run serve`.
//
// Usage: node scripts/serve.mjs [--port N] [--host [ADDRESS]] [other astro preview flags]
//   default 127.0.0.1:4321; `--host` alone listens on every address (LAN too).
// Build with the same BASE_PATH / SITE_URL as you serve with.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMain } from './is-main.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The astro preview arguments for our own: defaults filled in, each flag once.
 * @param {string[]} argv
 */
export function previewArgs(argv) {
  let port = '4321';
  /** @type {string | true} */
  let host = '127.0.0.1';
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split(/=(.*)/s);
    const next = argv[i + 1];
    const value = () => inline ?? (next !== undefined && !next.startsWith('-') ? (i++, next) : undefined);
    if (flag === '--port') {
      const v = value();
      if (!v || !/^\d+$/.test(v)) throw new Error(`--port needs a number (got ${v ?? 'nothing'})`);
      port = v;
    } else if (flag === '--host') {
      host = value() ?? true;
    } else {
      rest.push(arg);
    }
  }
  // --ignore-lock: always a plain foreground server that Ctrl-C stops, even
  // when another preview of this project is running on another port.
  return ['preview', '--port', port, ...(host === true ? ['--host'] : ['--host', host]), '--ignore-lock', ...rest];
}

if (isMain(import.meta.url)) {
  if (!existsSync(join(root, 'dist'))) {
    console.error('push-error-codes: there is no build in dist/ yet: run `npm run build` first (`npm start` builds and serves).');
    process.exit(1);
  }
  let args;
  try {
    args = previewArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`push-error-codes: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astro, ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
