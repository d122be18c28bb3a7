// `npm run build`: `astro build` with a 1 GB JavaScript heap (BUILD_HEAP_MB to change
// it), and a clear message when that is not enough.
//
// By default V8 lets the heap grow to several GB of garbage before collecting it in
// earnest, and the build's peak memory is what small CI machines fail on. At 20,000
// codes the build needs under 768 MB of heap; 1 GB keeps it at about 1.1 GB of memory
// (README, "Performance"). Everything else, the search index included, is made inside
// `astro build` (src/integrations/site-files.ts).
//
// Arguments go to `astro build`: `node scripts/build.mjs --outDir dist-subpath --silent`.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const heapMb = Number(process.env.BUILD_HEAP_MB || 1024);
if (!(Number.isInteger(heapMb) && heapMb >= 256)) {
  console.error(`BUILD_HEAP_MB must be a whole number of megabytes, 256 or more (got "${process.env.BUILD_HEAP_MB}")`);
  process.exit(2);
}
const astroArgs = [`--max-old-space-size=${heapMb}`, join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...process.argv.slice(2)];
const astro = spawn(process.execPath, astroArgs, { stdio: 'inherit' });
const { code, signal } = await new Promise((done) => astro.on('exit', (code, signal) => done({ code, signal })));
// V8 aborts when the heap is full, after printing "JavaScript heap out of memory".
if (signal === 'SIGABRT') console.error(`\nastro build ran out of its ${heapMb} MB heap: build again with BUILD_HEAP_MB=${heapMb * 2}.`);
process.exit(code ?? 1);
