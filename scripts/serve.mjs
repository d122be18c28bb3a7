// Serve a built site (dist/ by default) the way a static host such as nginx
// does, for `npm start`, `npm run preview`, `npm run serve` and the browser
// tests:
//
// - the site answers under BASE_PATH (read as the build reads it);
// - a page URL without its trailing slash is redirected (301) to the URL with
//   it, query string kept, like nginx's `try_files $uri $uri/`;
// - anything missing, or outside BASE_PATH, gets the site's 404.html with
//   status 404; `..`, `.`, backslashes and encoded slashes in a path never
//   reach the file system;
// - text (HTML, CSS, JS, JSON, SVG, XML) is gzipped for clients that ask.
//
// The files are sent by sirv, the static handler Vite's own preview uses (small
// and maintained, three tiny dependencies by its author; content types, ETag
// and 304, Range and HEAD come with it), and compressed by @polka/compression,
// the zero-dependency gzip middleware Vite pairs with it. serve-handler was the
// other candidate; its trailing-slash option adds a slash to any extensionless
// URL, missing or not, and it knows no base path. This module only decides
// which file answers a URL.
//
// Usage: node scripts/serve.mjs [--port N] [--host [ADDRESS]] [--outDir DIR]
//   default 127.0.0.1:4321 and dist/; `--host` alone listens on every address
//   (LAN too); DIR is relative to the project. Build with the same BASE_PATH as
//   you serve with.
import compression from '@polka/compression';
import { lookup } from 'mrmime';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { siteSettings } from '../src/libs/site-settings.ts';
import { isMain } from './is-main.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export const USAGE = 'usage: node scripts/serve.mjs [--port N] [--host [ADDRESS]] [--outDir DIR]';

/**
 * The server's settings from its command-line arguments.
 * @param {string[]} argv
 * @returns {{ port: number, host: string | undefined, outDir: string }} host
 *   undefined means every address; outDir is absolute
 */
export function serveOptions(argv) {
  // `--host` alone (last, or before another flag) means every address, as in
  // Vite and Astro; parseArgs wants a value, so it gets an empty one.
  const args = argv.map((arg, i) => (arg === '--host' && (argv[i + 1] ?? '-').startsWith('-') ? '--host=' : arg));
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: 'string', default: '4321' },
        host: { type: 'string', default: '127.0.0.1' },
        outDir: { type: 'string', default: 'dist' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message.split('\n')[0] : error} (${USAGE})`);
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    throw new Error(`--port needs a number from 0 to 65535 (got "${values.port}")`);
  }
  return { port, host: values.host === '' ? undefined : values.host, outDir: resolve(root, values.outDir) };
}

/**
 * @typedef {{ status: 200, file: string }
 *   | { status: 301, location: string }
 *   | { status: 404 }} Answer
 *   file: the path of the file to send, relative to the site's folder, with
 *   forward slashes; location: the URL path (and query) to redirect to.
 */

/**
 * What a static host answers for a request URL: the file that answers it, a
 * redirect to the URL with its trailing slash, or not found.
 * @param {string} dir the built site
 * @param {string} base BASE_PATH as siteSettings() gives it ("/" or "/errors/")
 * @param {string} url the request target, e.g. "/errors/tpns/server/1008001?x=1"
 * @returns {Answer}
 */
export function resolveRequest(dir, base, url) {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : url.slice(queryAt);
  if (!path.startsWith('/')) return { status: 404 };
  /** @type {string[]} */
  const segments = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue; // "//" is "/", as nginx's merge_slashes has it
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { status: 404 };
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return { status: 404 };
    segments.push(segment);
  }
  const baseSegments = base.split('/').filter(Boolean);
  if (!baseSegments.every((s, i) => segments[i] === s)) return { status: 404 };
  const inSite = segments.slice(baseSegments.length);
  const trailingSlash = path.endsWith('/');
  const isFile = (/** @type {string[]} */ parts) => statSync(join(dir, ...parts), { throwIfNoEntry: false })?.isFile() === true;
  const redirect = () => ({ status: /** @type {const} */ (301), location: `${path.replace(/\/{2,}/g, '/')}/${query}` });

  if (trailingSlash || inSite.length === 0) {
    if (!isFile([...inSite, 'index.html'])) return { status: 404 };
    return trailingSlash ? { status: 200, file: [...inSite, 'index.html'].join('/') } : redirect();
  }
  if (isFile(inSite)) return { status: 200, file: inSite.join('/') };
  if (isFile([...inSite, 'index.html'])) return redirect();
  return { status: 404 };
}

/**
 * A request handler serving the built site in dir under base.
 * @param {{ dir: string, base: string }} site
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function siteHandler({ dir, base }) {
  const files = sirv(dir, {
    dev: true, // look files up on each request: a rebuild shows without a restart
    etag: true,
    extensions: [], // resolveRequest() names the exact file
    setHeaders(res, pathname) {
      // Files mrmime does not know (Pagefind's .pagefind and .pf_* files,
      // which are gzip data Pagefind unpacks itself) as nginx and Python's
      // http.server send them, rather than with an empty Content-Type.
      if (!lookup(pathname)) res.setHeader('Content-Type', 'application/octet-stream');
      // Astro's hashed assets never change, as in the README's nginx setup.
      if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const gzip = compression({ threshold: 1024 });
  const notFoundPage = join(dir, '404.html');

  /** @param {import('node:http').ServerResponse} res */
  const notFound = (res) => {
    const page = existsSync(notFoundPage) ? readFileSync(notFoundPage) : null;
    res.statusCode = 404;
    res.setHeader('Content-Type', page ? 'text/html;charset=utf-8' : 'text/plain;charset=utf-8');
    res.end(page ?? 'Not found\n');
  };

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain;charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const answer = resolveRequest(dir, base, req.url ?? '/');
    if (answer.status === 301) {
      res.writeHead(301, { Location: answer.location, 'Content-Type': 'text/plain;charset=utf-8' });
      res.end(`Moved to ${answer.location}\n`);
      return;
    }
    res.setHeader('Vary', 'Accept-Encoding');
    const send = () => {
      if (answer.status === 404) return notFound(res);
      req.url = encodeURI(`/${answer.file}`); // sirv decodes it back with decodeURI
      files(req, res, () => notFound(res));
    };
    // A byte range is of the file as stored: no compression then.
    if (req.headers.range) send();
    else gzip(req, res, send);
  };
}

/**
 * Start serving; resolves once the server listens.
 * @param {{ dir: string, base: string, port: number, host: string | undefined }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer({ dir, base, port, host }) {
  const handler = siteHandler({ dir, base });
  const server = createServer((req, res) => {
    try {
      handler(req, res);
    } catch (error) {
      console.error(`serve: ${req.url}: ${error instanceof Error ? error.stack : error}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain;charset=utf-8' });
      res.end('Internal server error\n');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise(server);
    });
  });
}

/**
 * The URLs to print for a server listening on host:port.
 * @param {string | undefined} host
 * @param {number} port
 * @param {string} base
 */
function siteUrls(host, port, base) {
  const url = (/** @type {string} */ h) => `http://${h.includes(':') ? `[${h}]` : h}:${port}${base}`;
  if (host !== undefined) return [url(host)];
  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => url(/** @type {{ address: string }} */ (a).address));
  return [url('localhost'), ...lan];
}

if (isMain(import.meta.url)) {
  let options;
  let base;
  try {
    options = serveOptions(process.argv.slice(2));
    ({ base } = siteSettings(process.env));
  } catch (error) {
    console.error(`push-error-codes: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
  const shown = relative(root, options.outDir) || '.';
  if (!existsSync(join(options.outDir, 'index.html')) && !existsSync(join(options.outDir, '404.html'))) {
    console.error(`push-error-codes: there is no build in ${shown}/ yet: run \`npm run build\` first (\`npm start\` builds and serves).`);
    process.exit(1);
  }
  try {
    const server = await startServer({ dir: options.outDir, base, ...options });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const where = options.host === undefined ? ' on every address' : '';
    console.log(`push-error-codes: serving ${shown}/${where} (Ctrl-C stops):`);
    for (const url of siteUrls(options.host, port, base)) console.log(`  ${url}`);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    const why =
      code === 'EADDRINUSE' ? `port ${options.port} is in use: pick another with --port N`
      : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' ? `cannot listen on "${options.host}": give an address of this machine with --host`
      : error instanceof Error ? error.message : String(error);
    console.error(`push-error-codes: ${why}`);
    process.exit(1);
  }
}
