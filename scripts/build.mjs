// `npm run build`: `astro build`, then what is made from its output: the search index
// (Pagefind) and the files the site has one of per code (src/integrations/code-files.ts),
// the two at once.
//
// Pagefind runs here, once Astro has exited, rather than inside Astro's process as
// Starlight would run it (its `pagefind` option, off in astro.config.mjs): there, Astro's
// memory is still held while Pagefind's grows, and at 20,000 codes the two together
// passed the 1.5 GB budget (README, "Performance"). Pagefind reads the code pages only,
// so the per-code files, none of them a code page, are written meanwhile.
//
// Astro runs with a 1 GB JavaScript heap (BUILD_HEAP_MB to change it): by default V8
// lets the heap grow to several GB of garbage before collecting it in earnest, and the
// build's peak memory is what small CI machines fail on. At 20,000 codes the build
// needs under 768 MB of heap; 1 GB keeps it at about 1.1 GB of memory (README, "Performance").
//
// Arguments go to `astro build`: `node scripts/build.mjs --outDir dist-subpath --silent`.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The code pages, relative to the output folder: `tpns/server/1008001/index.html`. */
const CODE_PAGES = '*/*/*/index.html';

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
// Pagefind is given the code pages alone ({vendor}/{surface}/{code}/): the only pages
// marked for the index (CodePage.astro's data-pagefind-body). So the per-code files,
// none of them a code page, are written meanwhile.
const indexing = index
  ? index.addDirectory({ path: site, glob: CODE_PAGES }).then(async (added) => ({ added, written: await index.writeFiles({ outputPath: join(site, 'pagefind') }) }))
  : Promise.resolve({ added: { errors: [], page_count: 0 }, written: { errors: [] } });
const codeFiles = writeCodeFiles(site, filesFor);
const { added, written } = await indexing;
const problems = [...errors, ...added.errors, ...written.errors];
await pagefind.close();
if (problems.length > 0) {
  console.error(`Pagefind could not index ${site}:\n${problems.join('\n')}`);
  process.exit(1);
}
if (!silent) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${codeFiles} per-code files written and ${added.page_count} code pages indexed by Pagefind in ${seconds} s (${site})`);
}

/** The folder `astro build` writes to: its `--outDir`, or dist. */
function outDir(argv) {
  const i = argv.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
  if (i === -1) return 'dist';
  return argv[i].includes('=') ? argv[i].slice('--outDir='.length) : argv[i + 1];
}
