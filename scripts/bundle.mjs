// `npm run bundle`: pack the built site (dist/) into push-error-codes-site.tar.gz,
// a reproducible archive (sorted entries, fixed times and owners) that unpacks to
//
//   push-error-codes-site/
//     README.txt             how to serve it
//     <BASE_PATH folders>/   the site, e.g. errors/ for BASE_PATH=/errors/
//
// so that `python3 -m http.server` run in push-error-codes-site/ serves every
// URL exactly where the site expects it.
//
// Times: SOURCE_DATE_EPOCH (seconds) when set, else 2000-01-01T00:00:00Z.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { siteSettings } from '../src/libs/site-settings.ts';
import { isMain } from './is-main.mjs';
import { listFiles, repoRoot } from './site-checks/dist.mjs';

export const TOP = 'push-error-codes-site';
const DEFAULT_MTIME = 946684800; // 2000-01-01T00:00:00Z

/**
 * One ustar header block.
 * @param {{ name: string, size: number, mtime: number, dir: boolean }} entry
 */
function header({ name, size, mtime, dir }) {
  const block = Buffer.alloc(512);
  let path = name;
  let prefix = '';
  if (Buffer.byteLength(path) > 100) {
    // ustar: split a long path at a slash into prefix (<= 155) and name (<= 100).
    let cut = name.indexOf('/');
    while (cut !== -1 && Buffer.byteLength(name.slice(cut + 1)) > 100) cut = name.indexOf('/', cut + 1);
    if (cut === -1 || cut === name.length - 1 || Buffer.byteLength(name.slice(0, cut)) > 155) {
      throw new Error(`path too long for a tar archive: ${name}`);
    }
    prefix = name.slice(0, cut);
    path = name.slice(cut + 1);
  }
  /** @param {string} text @param {number} offset @param {number} length */
  const put = (text, offset, length) => block.write(text, offset, length, 'utf8');
  /** @param {number} value @param {number} offset @param {number} length */
  const octal = (value, offset, length) => put(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length);
  put(path, 0, 100);
  octal(dir ? 0o755 : 0o644, 100, 8);
  octal(0, 108, 8); // uid
  octal(0, 116, 8); // gid
  octal(size, 124, 12);
  octal(mtime, 136, 12);
  put('        ', 148, 8); // checksum placeholder: spaces
  put(dir ? '5' : '0', 156, 1);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put('root', 265, 32);
  put('root', 297, 32);
  put(prefix, 345, 155);
  let sum = 0;
  for (const byte of block) sum += byte;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return block;
}

/**
 * A gzipped ustar archive of the given files, byte-identical for the same input.
 * @param {{ path: string, content: Buffer }[]} files paths with forward slashes
 * @param {number} mtime seconds since 1970
 */
export function tarGz(files, mtime) {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const dirs = new Set();
  for (const f of sorted) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(`${parts.slice(0, i).join('/')}/`);
  }
  const entries = [
    ...[...dirs].map((path) => ({ path, content: null })),
    ...sorted,
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  /** @type {Buffer[]} */
  const blocks = [];
  for (const e of entries) {
    const size = e.content ? e.content.length : 0;
    blocks.push(header({ name: e.path, size, mtime, dir: !e.content }));
    if (e.content) {
      blocks.push(e.content, Buffer.alloc((512 - (size % 512)) % 512));
    }
  }
  blocks.push(Buffer.alloc(1024)); // end of archive
  const gz = gzipSync(Buffer.concat(blocks), { level: 9 });
  gz[9] = 3; // gzip "OS" byte: always Unix, whatever zlib wrote
  return gz;
}

/**
 * @param {string} base e.g. "/" or "/errors/"
 * @param {number} port
 */
export function readme(base, port = 8000) {
  return `Push Error Codes: the whole site, for serving from your own machine or server.

Serve it with one command, run in this folder (the one holding this README.txt):

    python3 -m http.server ${port}

then open http://localhost:${port}${base}

Any static web server works the same way when it serves this folder as its
root (nginx, Caddy, \`npx serve\`, ...). The site lives under ${base} because it
was built for that base path.

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
  files.push({ path: `${TOP}/README.txt`, content: Buffer.from(readme(base)) });
  return tarGz(files, mtime);
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
  console.log(`  tar -xzf ${TOP}.tar.gz && cd ${TOP} && python3 -m http.server 8000   # then open http://localhost:8000${base}`);
}
