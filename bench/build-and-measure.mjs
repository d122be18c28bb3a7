/**
 * Builds a project folder and measures the build and its dist/:
 * wall time, peak memory of the build's process tree, dist/ size and file count, the
 * Pagefind index, and page sizes (raw and gzip).
 *
 * Peak memory is the largest sum of RSS over the build process and all its
 * descendants, sampled from /proc every 50 ms (`treeRss`). Where GNU time is installed
 * (/usr/bin/time), its "Maximum resident set size" is kept too (`maxProcessRss`): the
 * peak of the largest single process, exact but not summed over the tree; and the
 * build's CPU time (user + system, `cpuMs`), less sensitive than wall time to a busy machine.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What is never copied into a bench project: builds, caches, installs, results. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', 'bench-results']);

/**
 * A copy of the project at `repo` in `dest`, without builds and installs, and with
 * node_modules linked. `dest` must be inside `repo` (bench-results/ is): Astro compiles
 * the .astro files of linked packages only when they share a folder with the root.
 */
export function copyProject(repo, dest) {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const name of readdirSync(repo)) {
    if (!SKIP.has(name)) copyTolerant(join(repo, name), join(dest, name));
  }
  linkNodeModules(repo, dest);
}

/** Copies a file or folder that others may be editing: a file deleted meanwhile is left out. */
function copyTolerant(src, dest, tries = 3) {
  try {
    cpSync(src, dest, { recursive: true });
  } catch (error) {
    if (error.code !== 'ENOENT' || tries === 1) throw error;
    if (existsSync(src)) copyTolerant(src, dest, tries - 1);
  }
}

/** Caches Astro and Vite keep in node_modules/: each bench project gets its own, empty. */
const CACHES = ['.astro', '.vite', '.cache'];

/**
 * A node_modules/ of links to the repo's packages, one per package, so that the caches
 * Astro and Vite write there (node_modules/.astro/data-store.json…) stay the project's
 * own: bench builds start cold and never touch the repo's.
 */
export function linkNodeModules(repo, dest) {
  const modules = join(dest, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (!CACHES.includes(name)) symlinkSync(relative(modules, join(repo, 'node_modules', name)), join(modules, name));
  }
}

/** Moves a project's previous build and caches into `trash`, so the next build starts cold. */
export function cleanBuild(dir, trash) {
  for (const path of ['dist', '.astro', ...CACHES.map((c) => `node_modules/${c}`)]) moveAside(join(dir, path), trash);
}

let trashed = 0;

/**
 * Moves `path`, if it exists, into the folder `trash`, to be deleted when the bench is
 * over. On ext4 without a journal (this machine's disk), creating a file steps over each
 * inode freed in the last minutes (the kernel's `recently_deleted`): deleting a build's
 * output just before the next build made that build's file creation several times
 * dearer, and the more so the more files the build writes. In perf, this site's build at
 * the real sources spent 0.4–0.7 s of kernel time there after a deletion, 0.1–0.2 s
 * after a move. A build in a fresh clone follows no deletion.
 */
export function moveAside(path, trash) {
  if (!existsSync(path)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(path, join(trash, `${process.pid}-${trashed++}`));
}

/** A sample of the process tree under `pid`: the sum of its processes' RSS, in bytes. */
function treeRss(pid) {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {} // the process ended meanwhile
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let bytes = 0;
  for (const p of tree) {
    try {
      bytes += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {}
  }
  return bytes;
}

const GNU_TIME = '/usr/bin/time';

/** How each kind of project builds: this site with its own script (npm run build), the baseline with `astro build`. */
export const BUILD_COMMANDS = {
  site: (dir) => [join(dir, 'scripts/build.mjs')],
  astro: (dir) => [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
};

/**
 * Builds the project in `dir` with Node and `buildCommand` (BUILD_COMMANDS); its output goes to `dir/build.log`.
 * `settings`: more environment for the build (BUILD_HEAP_MB).
 * @returns {Promise<{ wallMs: number, cpuMs: number | null, treeRss: number, maxProcessRss: number | null }>}
 */
export async function build(dir, buildCommand, settings = {}) {
  const node = [process.execPath, ...buildCommand(dir)];
  const timeFile = join(dir, 'build.time');
  const withTime = existsSync(GNU_TIME);
  const [command, ...args] = withTime ? [GNU_TIME, '-v', '-o', timeFile, ...node] : node;
  const log = openSync(join(dir, 'build.log'), 'w');
  const started = performance.now();
  // Built from content/ at the site root, whatever the shell sets: the bench serves dist/ at /.
  const { BASE_PATH, SITE_URL, CONTENT_DIR, ...env } = process.env;
  const child = spawn(command, args, { cwd: dir, stdio: ['ignore', log, log], env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...settings } });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 50);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  closeSync(log);
  if (code !== 0) {
    const tail = readFileSync(join(dir, 'build.log'), 'utf8').split('\n').slice(-25).join('\n');
    throw new Error(`the build failed in ${dir} (exit ${code}):\n${tail}`);
  }
  const time = withTime ? readFileSync(timeFile, 'utf8') : '';
  const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(time)?.[1] ?? NaN);
  return {
    wallMs,
    cpuMs: withTime ? (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000 : null,
    treeRss: peak,
    maxProcessRss: withTime ? field('Maximum resident set size \\(kbytes\\)') * 1024 : null,
  };
}

/** Every file under `dir`, with its size. */
function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push({ path, size: statSync(path).size });
  }
  return out;
}

/**
 * dist/ as a whole: bytes, files, HTML pages, and the Pagefind index; the largest HTML page
 * and the largest exact-code shard (search/codes/, this site's only), with their paths.
 */
export function measureDist(dist) {
  const files = walk(dist);
  const sum = (list) => list.reduce((total, f) => total + f.size, 0);
  const largest = (list) => list.reduce((big, f) => (f.size > big.bytes ? { path: relative(dist, f.path), bytes: f.size } : big), { path: null, bytes: 0 });
  const pages = files.filter((f) => f.path.endsWith('.html'));
  const shards = files.filter((f) => relative(dist, f.path).startsWith('search/codes/'));
  const pagefind = join(dist, 'pagefind');
  return {
    bytes: sum(files),
    files: files.length,
    pages: pages.length,
    pagefindBytes: existsSync(pagefind) ? sum(walk(pagefind)) : 0,
    pagefindFiles: existsSync(pagefind) ? walk(pagefind).length : 0,
    largestPage: largest(pages),
    shards: shards.length,
    largestShard: largest(shards),
  };
}

/** A page's HTML bytes, raw and gzip (level 6, what hosts commonly serve). */
export function pageBytes(file) {
  const html = readFileSync(file);
  return { raw: html.length, gzip: gzipSync(html, { level: 6 }).length };
}
