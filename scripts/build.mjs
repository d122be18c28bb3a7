// `npm run build`: `astro build`, then what is made from its output: the search index
// (Pagefind) and the files the site has one of per code (src/integrations/code-files.ts),
// the two at once.
//
// Pagefind runs here, once Astro has exited, rather than inside Astro's process as
// Starlight would run it (its `pagefind` option, off in astro.config.mjs): there, Astro's
// memory is still held while Pagefind's grows, and at 20,000 codes the two together
// passed the 1.5 GB budget (README, "Performance"). The per-code files are written while
// Pagefind builds its index, after it has listed the pages (none of them is to be indexed).
//
// Astro runs with a 1 GB JavaScript heap (BUILD_HEAP_MB to change it): by default V8
// lets the heap grow to several GB of garbage before collecting it in earnest, and the
// build's peak memory is what small CI machines fail on. At 20,000 codes the build
// needs under 768 MB of heap; 1 GB keeps it at about 1.1 GB of memory (README, "Performance").
//
// Arguments go to `astro build`: `node scripts/build.mjs --outDir dist-subpath --silent`.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const silent = args.includes('--silent');
const root = resolve(import.meta.dirname, '..');
const heapMb = Number(process.env.BUILD_HEAP_MB || 1024);
if (!(Number.isInteger(heapMb) && heapMb >= 256)) {
  console.error(`BUILD_HEAP_MB must be a whole number of megabytes, 256 or more (got "${process.env.BUILD_HEAP_MB}")`);
  process.exit(2);
}
const astroArgs = [`--max-old-space-size=${heapMb}`, join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...args];
const astro = spawn(process.execPath, astroArgs, { stdio: 'inherit' });
const astroExit = new Promise((done) => astro.on('exit', (code, signal) => done({ code, signal })));

// While Astro builds: load what comes after, and start Pagefind's service.
const [pagefind, { codeFilesMaker, writeCodeFiles }, { siteSettings }] = await Promise.all([
  import('pagefind'), import('../src/integrations/code-files.ts'), import('../src/integrations/site-settings.mjs'),
]);
const { base, site: origin, contentDir } = siteSettings(process.env);
const preparing = Promise.all([pagefind.createIndex(), codeFilesMaker({ root, contentDir, base, site: origin })]);
preparing.catch(() => {}); // reported below, after Astro's own messages
const { code, signal } = await astroExit;
if (code !== 0) {
  await pagefind.close();
  // V8 aborts when the heap is full, after printing "JavaScript heap out of memory".
  if (signal === 'SIGABRT') console.error(`\nastro build ran out of its ${heapMb} MB heap: build again with BUILD_HEAP_MB=${heapMb * 2}.`);
  process.exit(code ?? 1);
}
const [{ index, errors }, filesFor] = await preparing;

const started = performance.now();
const site = resolve(outDir(args));
const added = index ? await index.addDirectory({ path: site }) : { errors: [], page_count: 0 };
const written = index ? index.writeFiles({ outputPath: join(site, 'pagefind') }) : Promise.resolve({ errors: [] });
const codeFiles = writeCodeFiles(site, filesFor);
const problems = [...errors, ...added.errors, ...(await written).errors];
await pagefind.close();
if (problems.length > 0) {
  console.error(`Pagefind could not index ${site}:\n${problems.join('\n')}`);
  process.exit(1);
}
if (!silent) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${codeFiles} per-code files written and ${added.page_count} HTML files indexed by Pagefind in ${seconds} s (${site})`);
}

/** The folder `astro build` writes to: its `--outDir`, or dist. */
function outDir(argv) {
  const i = argv.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
  if (i === -1) return 'dist';
  return argv[i].includes('=') ? argv[i].slice('--outDir='.length) : argv[i + 1];
}
