/**
 * `npm run bench`: builds this site and the plain-Starlight baseline for the same codes at
 * several sizes, alternately, measures builds, pages and search, prints the results as
 * Markdown tables, writes them to bench-results/latest.json, and exits 1 when an enforced
 * budget (bench/report.mjs) is broken.
 *
 * Sizes: BENCH_SIZES=real,2000,20000 (the default). `real` is content/sources as it is;
 * a number N is the real sources plus synthetic ones (bench/generate-sources.mjs) up to
 * N codes. A size above 20,000 (`BENCH_SIZES=100000`, never in the default run) is a big
 * catalog: this site alone, built once with a heap of BENCH_BIG_HEAP_MB (default 2048),
 * measured for its time, memory, largest page and largest shard.
 * BENCH_REPEATS: builds per site and size (default 6 up to 500 codes, 2 up to 2,000, 1 above;
 * this site at least 3 times, for the median of its peak memory).
 * BENCH_DEFAULT_SIDEBAR_MAX: the largest N the default-sidebar baseline is built at, once
 * (default 500, so the real sources only: its pages list every code, its build grows with N²).
 * BENCH_KEEP=1 keeps the projects in bench-results/work/.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselinePagePath, writeBaseline } from './baseline-project.mjs';
import { build, BUILD_COMMANDS, cleanBuild, copyProject, measureDist, moveAside, pageBytes } from './build-and-measure.mjs';
import { generateSources, PHRASES, writeSources } from './generate-sources.mjs';
import { checkBudgets, formatReport, machine, median } from './report.mjs';
import { measureSearch } from './search-latency.mjs';
import { defaultContentPaths, readContent } from '../src/libs/read-content.ts';
import { chromiumPath, missingChromiumMessage } from '../scripts/chromium.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(repo, 'bench-results');
const work = join(resultsDir, 'work');
// What the run would delete as it goes, deleted at its end (build-and-measure.mjs, moveAside).
const trash = join(resultsDir, 'trash');
const env = process.env;
const SIZES = (env.BENCH_SIZES ?? 'real,2000,20000').split(',').map((s) => s.trim()).filter(Boolean);
const DEFAULT_SIDEBAR_MAX = Number(env.BENCH_DEFAULT_SIDEBAR_MAX ?? 500);
/**
 * Sizes above this are big catalogs: one build of this site, no baseline and no search
 * latency (the default sizes compare; a big catalog checks this site's own bounds).
 */
const BIG_ABOVE = 20_000;
/** A big catalog's heap (BUILD_HEAP_MB): Astro holds every code while it renders, and 100,000 codes ran out of the default 1 GB. */
const BIG_HEAP_MB = env.BENCH_BIG_HEAP_MB ?? '2048';

/**
 * Pastes in the vendors' real formats (SDK callbacks, logcat, REST bodies, HTTP status
 * lines, a stack trace), each naming codes of the real sources, which every size holds.
 */
const PASTES = [
  '11-30 10:15:02.123  1234  5678 E TPush: register failed, errCode=10004\n11-30 10:15:03.001  1234  5678 I TPush: retry in 5000 ms\nserver: {"ret_code":1008006,"err_msg":"invalid token"}',
  'POST https://push-api.cloud.huawei.com/v1/10086/messages:send\n{"code":"80300007","msg":"All the tokens are invalid","requestId":"157440955549500001002006"}',
  '{\n  "error": {\n    "code": 404,\n    "message": "Requested entity was not found.",\n    "status": "NOT_FOUND",\n    "details": [{ "errorCode": "UNREGISTERED" }]\n  }\n}',
  '{"code":-2,"message":"Server traffic control.","data":null}',
  'HTTP/2 410\napns-id: eabeae54-14a8-11e5-b60b-1697f925ec7b\n{"reason":"Unregistered","timestamp":1701334502000}',
  'Error Domain=com.tencent.tpns Code=-10002 "The token has already been bound or unbound." UserInfo={NSLocalizedDescription=The token has already been bound or unbound.}',
  '{"seq":0,"push_id":"123456","ret_code":1008006,"err_msg":"invalid token","result":{}}',
  'MiPush sendMessage: {"result":"error","code":10002,"description":"System busy"}',
  'vivo push response {"result":10068,"desc":"skipType = 4, skipContent cannot be empty"}',
  'java.lang.RuntimeException: register failed, errCode=10003\n\tat com.tencent.android.tpush.XGPushManager.registerPush(XGPushManager.java:123)\n\tat com.example.MainActivity.onCreate(MainActivity.java:45)',
];

/** Queries for the real sources: codes and phrases from the browser tests, the pastes, and a log line for the cold visit. */
const REAL_QUERIES = {
  codes: ['1008001', '80300007', '503', '-10002', '66303'],
  phrases: ['p12 password', 'HMS Core', 'Xiaomi ID', 'skipContent', 'Fingerprint certificate'],
  pastes: PASTES,
  coldPaste: PASTES[0],
};

/** How many codes the real sources hold, read as the build reads them. */
let realCount;
function realCodes() {
  return (realCount ??= readContent(defaultContentPaths(repo)).catalog.entries.length);
}

const started = performance.now();
const log = (message) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

async function buildAndMeasure(site, dir, command, settings = {}) {
  cleanBuild(dir, trash);
  log(`building ${site} in ${dir.slice(repo.length)}`);
  const run = await build(dir, command, settings);
  const dist = measureDist(join(dir, 'dist'));
  log(`  ${(run.wallMs / 1000).toFixed(1)} s, ${dist.pages} pages, peak ${(run.treeRss / 1024 ** 3).toFixed(2)} GB, largest page ${(dist.largestPage.bytes / 1024).toFixed(0)} KB, largest shard ${(dist.largestShard.bytes / 1024).toFixed(0)} KB`);
  return { ...run, dist };
}

/** How many codes a build's codes.json holds. */
const codesIn = (dir) => JSON.parse(readFileSync(join(dir, 'dist/codes.json'), 'utf8')).codes;

/**
 * Builds per site at a size: more where a build takes seconds and the machine's noise
 * is a larger share of it.
 */
const defaultRepeats = (codes) => (codes <= 500 ? 6 : codes <= 2000 ? 2 : 1);
/** This site's builds per default size at least (its peak memory, a budget, varies from one build to the next). */
const OURS_MIN_RUNS = 3;

function summarize(runs) {
  if (runs.length === 0) return null;
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    // A build's peak varies by about ±5% from one build to the next (1.40–1.57 GB at 20,000 codes): the median is the budget's figure, the range is shown.
    treeRss: median(runs.map((r) => r.treeRss)),
    treeRssRange: [Math.min(...runs.map((r) => r.treeRss)), Math.max(...runs.map((r) => r.treeRss))],
    maxProcessRss: Math.max(...runs.map((r) => r.maxProcessRss ?? 0)) || null,
    dist: runs.at(-1).dist,
    runs: runs.map(({ wallMs, cpuMs, treeRss, maxProcessRss }) => ({ wallMs, cpuMs, treeRss, maxProcessRss })),
  };
}

async function benchSize(label) {
  const synthetic = label !== 'real';
  const dirs = { ours: join(work, `ours-${label}`), vendors: join(work, `plain-vendors-${label}`), default: join(work, `plain-default-${label}`) };
  copyProject(repo, dirs.ours);
  // A synthetic size is the real sources plus synthetic ones up to N codes, so that what
  // the rest of content/ says about real codes (categories' pins…) still holds.
  const expected = synthetic ? Number(label) : realCodes();
  if (synthetic && !(Number.isInteger(expected) && expected > realCodes())) {
    throw new Error(`BENCH_SIZES: "${label}" is neither "real" nor a number of codes above the real sources' ${realCodes()}`);
  }
  if (synthetic) writeSources(join(dirs.ours, 'content/sources'), generateSources(expected - realCodes()));
  if (expected > BIG_ABOVE) return benchBig(label, expected, dirs.ours);
  const runs = { ours: [], vendors: [], default: [] };
  const skipped = {};
  let codes = [];
  let repeats = 1;
  // The two sites share node_modules, and Node's compile cache of it: the run's first round
  // is not counted, as whichever site built first would pay for warming it (in a fresh clone
  // this site's first build took 5.4 s at the real sources, its next ones 3.8–4.7 s).
  const warmUp = label === SIZES[0] ? 1 : 0;
  for (let round = 0; round < repeats + warmUp; round++) {
    runs.ours.push(await buildAndMeasure('this site', dirs.ours, BUILD_COMMANDS.site));
    if (round === 0) {
      codes = codesIn(dirs.ours);
      if (codes.length !== expected) throw new Error(`expected ${expected} codes in the build, codes.json has ${codes.length}`);
      repeats = Number(env.BENCH_REPEATS ?? defaultRepeats(codes.length));
      writeBaseline({ repo, dir: dirs.vendors, codes, sidebar: 'vendors' });
      if (codes.length <= DEFAULT_SIDEBAR_MAX) writeBaseline({ repo, dir: dirs.default, codes, sidebar: 'default' });
      else skipped.default = `each page would list all ${codes.length} codes (build and dist/ grow with N²); BENCH_DEFAULT_SIDEBAR_MAX=${DEFAULT_SIDEBAR_MAX}`;
    }
    runs.vendors.push(await buildAndMeasure('plain Starlight (vendors sidebar)', dirs.vendors, BUILD_COMMANDS.astro));
    if (!skipped.default && round <= warmUp) runs.default.push(await buildAndMeasure('plain Starlight (default sidebar)', dirs.default, BUILD_COMMANDS.astro));
  }
  if (warmUp) {
    log('  (the first round warmed the compile cache: not counted)');
    for (const site of Object.keys(runs)) runs[site].splice(0, 1);
  }

  // This site's peak memory is a budget at every default size: measured over at least three builds.
  while (runs.ours.length < OURS_MIN_RUNS) runs.ours.push(await buildAndMeasure('this site', dirs.ours, BUILD_COMMANDS.site));

  // Code pages: the same 15 codes, evenly spaced through the catalog, in each site.
  const numeric = codes.filter((e) => e.numeric);
  const k = Math.min(15, numeric.length);
  const sample = Array.from({ length: k }, (_, i) => numeric[Math.floor(((i + 0.5) * numeric.length) / k)]);
  // codes.json gives paths when the build has no SITE_URL (the bench builds without one).
  const pageFile = { ours: (e) => new URL(e.url, 'http://localhost').pathname.slice(1), vendors: baselinePagePath, default: baselinePagePath };
  const codePage = { sample: sample.map((e) => `${e.vendor}/${e.surface}/${e.code}`) };
  for (const site of Object.keys(runs).filter((site) => runs[site].length > 0)) {
    const pages = sample.map((e) => pageBytes(join(dirs[site], 'dist', pageFile[site](e), 'index.html')));
    codePage[site] = { raw: median(pages.map((p) => p.raw)), gzip: median(pages.map((p) => p.gzip)), pages };
  }

  log(`search in ${dirs.ours.slice(repo.length)}/dist`);
  const spaced = sample.filter((_, i) => i % 3 === 1).map((e) => e.code);
  const search = await measureSearch(join(dirs.ours, 'dist'), synthetic ? { codes: spaced, phrases: PHRASES, pastes: PASTES } : REAL_QUERIES);
  log(`  exact code ${search.code.firstMs?.toFixed(1)} ms, phrase ${search.phrase.firstMs?.toFixed(1)} ms, paste ${search.paste.firstMs?.toFixed(1)} ms${
    search.cold ? `, cold visit on a slow phone ${search.cold.firstMs.toFixed(0)} ms` : ''}`);

  if (!env.BENCH_KEEP) for (const dir of Object.values(dirs)) moveAside(dir, trash);
  const summary = { ours: summarize(runs.ours), vendors: summarize(runs.vendors), default: summarize(runs.default) };
  return { label, codes: codes.length, summary, skipped, codePage, search };
}

/** A big catalog: this site built once, with a larger heap; its pages and shards within their bounds (bench/report.mjs). */
async function benchBig(label, expected, dir) {
  const run = await buildAndMeasure('this site (big catalog)', dir, BUILD_COMMANDS.site, { BUILD_HEAP_MB: BIG_HEAP_MB });
  const codes = codesIn(dir).length;
  if (codes !== expected) throw new Error(`expected ${expected} codes in the build, codes.json has ${codes}`);
  const codesJsonBytes = statSync(join(dir, 'dist/codes.json')).size;
  if (!env.BENCH_KEEP) moveAside(dir, trash);
  return { label, codes, big: { heapMb: Number(BIG_HEAP_MB), codesJsonBytes }, summary: { ours: summarize([run]) }, skipped: {}, codePage: {}, search: null };
}

if (!existsSync(chromiumPath())) {
  console.error(missingChromiumMessage(chromiumPath()));
  process.exit(1);
}
const startedAt = new Date().toISOString();
const m = machine();
moveAside(work, trash);
mkdirSync(work, { recursive: true });
const sizes = [];
for (const label of SIZES) sizes.push(await benchSize(label));
const budgets = checkBudgets(sizes);
const durationMs = performance.now() - started;
const results = { startedAt, durationMs, machine: m, sizes, budgets };
writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(formatReport(results));
console.log('\nWritten to bench-results/latest.json.');
log('deleting the builds');
rmSync(trash, { recursive: true, force: true });
const broken = budgets.filter((b) => b.enforced && b.pass === false);
if (broken.length > 0) {
  console.error(`\n${broken.length} budget(s) broken:\n${broken.map((b) => `  ${b.name}: ${b.measured} (limit ${b.limit})`).join('\n')}`);
  process.exit(1);
}
