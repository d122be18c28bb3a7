// `npm run build`: `astro build` with a bounded JavaScript heap, then Pagefind's index of
// the search records, and a clear message when a build runs out of memory. Arguments go to
// `astro build`: `node scripts/build.mjs --outDir dist-subpath`.
//
// - Astro's line per page (thousands of them, glued together when pages render four at a
//   time) is left out of the log: the build ends with a short summary instead.
//   BUILD_VERBOSE=1 shows them.
//
// - Above 5,000 codes Pagefind indexes here, once Astro has exited: at 20,000 codes its
//   0.5 GB would come on top of Astro's 1.3 GB (peak 1.87 GB, against 1.33 GB). Astro runs
//   with an IPC channel, so the catalog's worker (src/build/catalog-worker.ts,
//   `searchIndex: 'to-parent'`) sends the records here; smaller sites are indexed in it.
//
// - A 1 GB heap (BUILD_HEAP_MB to change it): by default V8 lets the heap grow to several
//   GB of garbage before collecting it in earnest, and the build's peak memory is what
//   small CI machines fail on. At 20,000 codes the build needs under 768 MB of heap.
// - Node's compile cache for every thread (NODE_COMPILE_CACHE): Astro's CLI turns it on for
//   its own thread only, and the catalog's worker (src/build/) loads the Markdown parser
//   anew in every build without it (0.3 s of CPU against 0.2 s with it).
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';

const root = resolve(import.meta.dirname, '..');
const heapMb = Number(process.env.BUILD_HEAP_MB || 1024);
if (!(Number.isInteger(heapMb) && heapMb >= 256)) {
  console.error(`BUILD_HEAP_MB must be a whole number of megabytes, 256 or more (got "${process.env.BUILD_HEAP_MB}")`);
  process.exit(2);
}
const v8Flags = [`--max-old-space-size=${heapMb}`];
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const env = {
  ...process.env,
  NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE || join(tmpdir(), 'node-compile-cache'),
  // Astro's log, piped through here, keeps its colours where this terminal has them.
  ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
};
const astro = spawn(process.execPath, [...v8Flags, astroBin, 'build', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'pipe', 'ipc'], env });
astro.stdout.pipe(process.env.BUILD_VERBOSE === '1' ? process.stdout : withoutPageLines(process.stdout));
/** @type {{ searchRecords: import('../src/libs/search-records.ts').SearchRecord[], outDir: string } | undefined} */
let search;
astro.on('message', (message) => (search = message));

// Passed through as it comes; kept to recognise an out-of-memory end, whichever thread ran out.
let stderr = '';
astro.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  stderr = (stderr + chunk).slice(-64 * 1024);
});
astro.on('exit', async (code, signal) => {
  // V8 aborts when Astro's heap is full ("JavaScript heap out of memory"); a worker thread ends with ERR_WORKER_OUT_OF_MEMORY.
  if (signal === 'SIGABRT' || /heap out of memory|ERR_WORKER_OUT_OF_MEMORY|reaching memory limit/.test(stderr)) {
    console.error(`\nThe build ran out of its ${heapMb} MB heap: build again with BUILD_HEAP_MB=${heapMb * 2} (e.g. \`BUILD_HEAP_MB=${heapMb * 2} npm run build\`).`);
  }
  if (code !== 0 || !search) return void (process.exitCode = code ?? 1);
  const started = performance.now();
  // Loaded only now: nothing but Astro should hold up the build's start.
  const [{ indexSearchRecords }, { writeSiteFiles }] = await Promise.all([import('../src/build/search-index.ts'), import('../src/build/write-site-files.ts')]);
  const files = writeSiteFiles(search.outDir, await indexSearchRecords(search.searchRecords));
  console.log(`${search.searchRecords.length} codes indexed by Pagefind in ${((performance.now() - started) / 1000).toFixed(1)} s (${files} files in ${search.outDir}pagefind/)`);
});

/**
 * A stream that writes Astro's log without its line per page ("├─ /tpns/server/1008001/index.html (+4ms)").
 * Rendering four pages at a time, Astro glues those lines to each other and to whatever is
 * logged meanwhile, so the log is first cut where each message starts (its time of day).
 */
function withoutPageLines(out) {
  const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');
  let pending = '';
  return new Writable({
    write(chunk, _encoding, done) {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop();
      for (const line of lines) {
        for (const message of line.split(/(?=(?:\x1b\[[0-9;]*m)*\d\d:\d\d:\d\d )/)) {
          const text = plain(message).trim();
          if (!/[├└]─/.test(text) && !/^\(\+[\d.]+m?s\)$/.test(text)) out.write(`${message.trimEnd()}\n`);
        }
      }
      done();
    },
    final(done) {
      if (pending) out.write(pending);
      done();
    },
  });
}
