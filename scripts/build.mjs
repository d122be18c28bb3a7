// `npm run build`: `astro build` with a bounded JavaScript heap, and a clear message when
// a build runs out of it. Arguments go to `astro build`: `node scripts/build.mjs --outDir dist-subpath`.
//
// - A 1 GB heap (BUILD_HEAP_MB to change it): by default V8 lets the heap grow to several
//   GB of garbage before collecting it in earnest, and the build's peak memory is what
//   small CI machines fail on. At 20,000 codes the build needs under 768 MB of heap.
// - Started at a quarter of that (--initial-old-space-size): under a limit V8 starts the
//   heap small and grows it by 1.6x per full collection, so Astro's thread made 7 full
//   collections at the real sources where plain Starlight's made 3; started at 256 MB, one.
// - Node's compile cache for every thread (NODE_COMPILE_CACHE): Astro's CLI turns it on for
//   its own thread only, and the catalog's worker (src/build/) loads the Markdown parser
//   anew in every build without it (0.3 s of CPU against 0.2 s with it).
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const heapMb = Number(process.env.BUILD_HEAP_MB || 1024);
if (!(Number.isInteger(heapMb) && heapMb >= 256)) {
  console.error(`BUILD_HEAP_MB must be a whole number of megabytes, 256 or more (got "${process.env.BUILD_HEAP_MB}")`);
  process.exit(2);
}
const v8Flags = [`--max-old-space-size=${heapMb}`, `--initial-old-space-size=${Math.floor(heapMb / 4)}`];
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const env = { ...process.env, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE || join(tmpdir(), 'node-compile-cache') };
const astro = spawn(process.execPath, [...v8Flags, astroBin, 'build', ...process.argv.slice(2)], { stdio: ['inherit', 'inherit', 'pipe'], env });

// Passed through as it comes; kept to recognise an out-of-memory end, whichever thread ran out.
let stderr = '';
astro.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  stderr = (stderr + chunk).slice(-64 * 1024);
});
astro.on('exit', (code, signal) => {
  // V8 aborts when Astro's heap is full ("JavaScript heap out of memory"); a worker thread ends with ERR_WORKER_OUT_OF_MEMORY.
  if (signal === 'SIGABRT' || /heap out of memory|ERR_WORKER_OUT_OF_MEMORY|reaching memory limit/.test(stderr)) {
    console.error(`\nThe build ran out of its ${heapMb} MB heap: build again with BUILD_HEAP_MB=${heapMb * 2} (e.g. \`BUILD_HEAP_MB=${heapMb * 2} npm run build\`).`);
  }
  process.exitCode = code ?? 1;
});
