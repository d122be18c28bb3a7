// `npm run build`: `astro build` with a 1 GB JavaScript heap (BUILD_HEAP_MB to change
// it), then Pagefind's index of the search records the build wrote.
//
// By default V8 lets the heap grow to several GB of garbage before collecting it in
// earnest, and the build's peak memory is what small CI machines fail on. At 20,000
// codes the build needs under 768 MB of heap; 1 GB keeps it at about 1.1 GB of memory.
// Under a 1 GB limit V8 also starts the heap small and grows it slowly (1.6x per full
// collection, against 4x without a limit): at the real sources Astro's thread made 7 full
// collections where the baseline's made 3. Starting the heap at a quarter of the limit
// (--initial-old-space-size) brings that to one, and leaves the limit as it is.
// Pagefind runs here, once Astro has exited, rather than inside the build (what `astro
// build` alone does, src/integrations/site-files.ts): at 20,000 codes its 0.5 GB would
// come on top of Astro's (README, "Performance"). Everything else is made inside `astro build`.
//
// Arguments go to `astro build`: `node scripts/build.mjs --outDir dist-subpath --silent`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const root = resolve(import.meta.dirname, '..');
const heapMb = Number(process.env.BUILD_HEAP_MB || 1024);
if (!(Number.isInteger(heapMb) && heapMb >= 256)) {
  console.error(`BUILD_HEAP_MB must be a whole number of megabytes, 256 or more (got "${process.env.BUILD_HEAP_MB}")`);
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), 'push-codes-build-'));
try {
  const records = join(scratch, 'search-records.json');
  const v8Flags = [`--max-old-space-size=${heapMb}`, `--initial-old-space-size=${Math.floor(heapMb / 4)}`];
  const astroArgs = [...v8Flags, join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...args];
  const astro = spawn(process.execPath, astroArgs, { stdio: 'inherit', env: { ...process.env, SEARCH_RECORDS_FILE: records } });
  const exited = new Promise((done) => astro.on('exit', (code, signal) => done({ code, signal })));
  const { startSearchIndex } = await import('../src/integrations/search-index.ts');
  const searchIndex = startSearchIndex(); // ready when Astro is done
  const { code, signal } = await exited;
  if (code !== 0) {
    await searchIndex.close();
    // V8 aborts when the heap is full, after printing "JavaScript heap out of memory".
    if (signal === 'SIGABRT') console.error(`\nastro build ran out of its ${heapMb} MB heap: build again with BUILD_HEAP_MB=${heapMb * 2}.`);
    process.exitCode = code ?? 1;
  } else {
    const started = performance.now();
    const site = resolve(outDir(args));
    const list = JSON.parse(readFileSync(records, 'utf8'));
    await searchIndex.write(list, site);
    if (!args.includes('--silent')) console.log(`${list.length} codes indexed by Pagefind in ${((performance.now() - started) / 1000).toFixed(1)} s (${site})`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** The folder `astro build` writes to: its `--outDir`, or dist. */
function outDir(argv) {
  const i = argv.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
  if (i === -1) return 'dist';
  return argv[i].includes('=') ? argv[i].slice('--outDir='.length) : argv[i + 1];
}
