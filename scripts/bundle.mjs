// `npm run bundle`: pack the built site (dist/) into push-error-codes-site.tar.gz,
// a reproducible archive (sorted entries, fixed times, owner root) that unpacks to
//
//   push-error-codes-site/
//     README.txt             how to serve it
//     serve.py               a web server for it, Python 3 standard library only
//     <BASE_PATH folders>/   the site, e.g. errors/ for BASE_PATH=/errors/
//
// `python3 serve.py` serves the site as a real host does: its own 404 page for a
// missing URL, a redirect for a page URL without its trailing slash, the base
// path it was built for (scripts/bundle-serve.py, shipped with BASE_PATH set).
//
// Times: SOURCE_DATE_EPOCH (seconds) when set, else 2000-01-01T00:00:00Z.
//
// node-tar's Header and Pax encode each entry (ustar fields, checksum, a pax
// record for a path too long for ustar); its Pack is not used because it reads
// owners and times from the disk and never writes a group name, and the archive
// must not depend on who built it. This file only lays the entries end to end.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Header, Pax } from 'tar';
import { siteSettings } from '../src/libs/site-settings.ts';
import { isMain } from './is-main.mjs';
import { listFiles, repoRoot } from './site-checks/dist.mjs';

export const TOP = 'push-error-codes-site';
const DEFAULT_MTIME = 946684800; // 2000-01-01T00:00:00Z
const SERVER_TEMPLATE = new URL('./bundle-serve.py', import.meta.url);

/**
 * One entry's blocks: its header (after a pax record when needed), then its
 * content padded to a whole 512-byte block.
 * @param {{ path: string, content: Buffer | null, mode: number, mtime: Date }} entry
 *   content null for a directory (path ending with "/")
 */
function entryBlocks({ path, content, mode, mtime }) {
  const header = new Header({
    path, mode, mtime, uid: 0, gid: 0, uname: 'root', gname: 'root',
    size: content ? content.length : 0,
    type: content ? 'File' : 'Directory',
  });
  const needsPax = header.encode();
  const blocks = needsPax ? [new Pax({ path, mtime }).encode(), header.block] : [header.block];
  if (content) blocks.push(content, Buffer.alloc((512 - (content.length % 512)) % 512));
  return /** @type {Buffer[]} */ (blocks);
}

/**
 * A gzipped tar archive of the given files and their folders, sorted by path,
 * byte-identical for the same input.
 * @param {{ path: string, content: Buffer, mode?: number }[]} files paths with forward slashes
 * @param {number} mtime seconds since 1970
 */
export function tarGz(files, mtime) {
  const dirs = new Set();
  for (const f of files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(`${parts.slice(0, i).join('/')}/`);
  }
  const entries = [
    ...[...dirs].map((path) => ({ path, content: null, mode: 0o755 })),
    ...files.map((f) => ({ mode: 0o644, ...f })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const date = new Date(mtime * 1000);
  const blocks = entries.flatMap((e) => entryBlocks({ ...e, mtime: date }));
  blocks.push(Buffer.alloc(1024)); // end of archive: two empty blocks
  const gz = gzipSync(Buffer.concat(blocks), { level: 9 });
  gz[9] = 3; // gzip "OS" byte: always Unix, whatever zlib wrote
  return gz;
}

/**
 * serve.py for a site built for base: the template with its BASE_PATH line set.
 * @param {string} base
 */
export function serverScript(base) {
  const template = readFileSync(SERVER_TEMPLATE, 'utf8');
  const line = /^BASE_PATH = .*$/m;
  if (!line.test(template)) throw new Error(`${SERVER_TEMPLATE.pathname}: no "BASE_PATH = ..." line to set`);
  return template.replace(line, `BASE_PATH = ${JSON.stringify(base)}  # the base path the site was built for`);
}

/**
 * @param {string} base e.g. "/" or "/errors/"
 * @param {number} port
 */
export function readme(base, port = 8000) {
  return `Push Error Codes: the whole site, for serving from your own machine or server.

Serve it with one command, run in this folder (the one holding this README.txt);
it needs only Python 3 (3.7 or newer):

    python3 serve.py --port ${port}

then open http://localhost:${port}${base}

It listens on every address of the machine, so others on your network can use
it too; add --bind 127.0.0.1 to keep it to this machine. Like a real web host,
it answers a missing page with the site's own not-found page (status 404) and
sends a page address without its final "/" on to the one with it.

Any static web server works too when it serves this folder as its root
(nginx, Caddy, ...) and, ideally, answers a missing page with ${base}404.html.
The site lives under ${base} because it was built for that base path.
\`python3 -m http.server\` serves the pages too, but a missing or mistyped
address gets its bare "File not found" instead of the site's page.

Opening the .html files directly (file://) shows the pages, but search and the
code lookup do not work: they load their index with fetch() and WebAssembly,
which browsers block for file:// pages. Serve the folder instead.
`;
}

/**
 * The archive for a built site.
 * @param {{ dist: string, base: string, mtime: number }} options
 */
export function bundle({ dist, base, mtime }) {
  const prefix = `${TOP}${base}`; // base starts and ends with "/"
  const files = listFiles(dist).map((rel) => ({ path: `${prefix}${rel}`, content: readFileSync(join(dist, rel)) }));
  const extras = [
    { path: `${TOP}/README.txt`, content: Buffer.from(readme(base)) },
    { path: `${TOP}/serve.py`, content: Buffer.from(serverScript(base)), mode: 0o755 },
  ];
  for (const extra of extras) {
    if (files.some((f) => f.path === extra.path)) {
      throw new Error(`${join(dist, extra.path.slice(prefix.length))}: the site has a file where the bundle puts its own ${extra.path.slice(TOP.length + 1)} — rename it, or build with a BASE_PATH`);
    }
  }
  return tarGz([...files, ...extras], mtime);
}

if (isMain(import.meta.url)) {
  const dist = join(repoRoot, 'dist');
  if (!existsSync(dist)) {
    console.error('bundle: there is no build in dist/: run `npm run bundle` (it builds first) or `npm run build`.');
    process.exit(1);
  }
  const { base } = siteSettings(process.env);
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const mtime = epoch && /^\d+$/.test(epoch) ? Number(epoch) : DEFAULT_MTIME;
  const archive = bundle({ dist, base, mtime });
  const out = join(repoRoot, `${TOP}.tar.gz`);
  writeFileSync(out, archive);
  const sha = createHash('sha256').update(archive).digest('hex');
  console.log(`bundle: ${TOP}.tar.gz (${(archive.length / 1024 / 1024).toFixed(1)} MiB, sha256 ${sha})`);
  console.log(`  tar -xzf ${TOP}.tar.gz && cd ${TOP} && python3 serve.py --port 8000   # then open http://localhost:8000${base}`);
}
