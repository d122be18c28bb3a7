/**
 * The bench's results: the budgets it enforces, the tables it prints (Markdown, pasted
 * into README.md's "## Performance") and the machine they came from.
 */
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { SHARD_MAX_BYTES } from '../src/libs/code-lookup.ts';
import { PAGE_MAX_BYTES } from '../src/libs/list-pages.ts';

/** Budgets: `enforced` ones fail the bench (exit code 1) when broken. */
export const BUDGETS = {
  /** Our build's median wall time over the plain-Starlight baseline's (vendors sidebar), at every N. */
  buildVsBaseline: 1.0,
  /** Build time from 2,000 to 20,000 codes: linear means 10×, with 10% slack. */
  growth: 11,
  /** Peak RSS of the build's process tree at 20,000 codes. */
  peakRssBytes: 1.5 * 1024 ** 3,
  /** A code page's HTML over the same code's page in plain Starlight with a vendors sidebar (raw and gzip). */
  codePage: 1.1,
  /** Median ms from the last keystroke to the first result, at every N. */
  exactCodeMs: 50,
  phraseMs: 150,
  /** Median ms from a paste (Ctrl+V of a log line or a body) to its first result: up to `pasteSmallUpTo` codes, and above. */
  pasteMs: 50,
  pasteLargeMs: 100,
  pasteSmallUpTo: 2000,
  /** A first visit on a slow phone (Lighthouse's mobile throttling): navigation start to the first result of a pasted log line, at the real sources. */
  coldPasteMs: 1500,
  /** No HTML page and no exact-code shard larger, at every N (src/libs/list-pages.ts, src/libs/code-lookup.ts). */
  pageBytes: PAGE_MAX_BYTES,
  shardBytes: SHARD_MAX_BYTES,
  /**
   * A big catalog (BENCH_SIZES=100000), set from its first builds (2026-11-30, 2 GB heap):
   * in the bench 3.7 minutes, 4.9 minutes of CPU, 3.41 GB peak for the process tree, 5.4×
   * the time of 20,000 codes; built alone beside other people's jobs, 4.2 minutes and
   * 3.7 GB for the largest process. Build time: 6 minutes, for this VM's noise (others'
   * jobs stretched the same build by a seventh, and a one-off build has no median).
   * Peak RSS: 4.5 GB, a fifth over the worst measured (V8 fills most of a 2 GB heap before
   * collecting in earnest). Growth from 20,000 codes: 7×, where linear is 5× (measured
   * 5.4×; both sizes are single builds, each ±20% on this VM).
   */
  bigBuildMs: 6 * 60_000,
  bigPeakRssBytes: 4.5 * 1024 ** 3,
  bigGrowth: 7,
};

export function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  return {
    nproc: availableParallelism(),
    cpu,
    ramGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    loadavgAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export const median = (values) => {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Every budget against the results: `{ name, limit, measured, pass, enforced }`, `pass`
 * null when the run did not measure it (BENCH_SIZES without 2,000 or 20,000).
 */
export function checkBudgets(sizes) {
  const at = (label) => sizes.find((s) => s.label === label);
  const results = [];
  const add = (name, limit, measured, pass, enforced = true) => results.push({ name, limit, measured, pass, enforced });
  const compared = sizes.filter((s) => !s.big);

  for (const s of compared) {
    const ours = s.summary.ours.wallMs;
    const base = s.summary.vendors?.wallMs;
    add(`build time ≤ plain Starlight (vendors sidebar), N=${s.codes}`, `≤ ${BUDGETS.buildVsBaseline}×`,
      base ? `${(ours / base).toFixed(2)}× (${sec(ours)} vs ${sec(base)})` : 'not built', base ? ours <= base * BUDGETS.buildVsBaseline : null);
    const def = s.summary.default?.wallMs;
    if (def) add(`build time ≤ plain Starlight (default sidebar), N=${s.codes}`, '≤ 1×', `${(ours / def).toFixed(2)}× (${sec(ours)} vs ${sec(def)})`, ours <= def);
  }
  const small = at('2000');
  const large = at('20000');
  add('build time 20,000 / 2,000 codes (linear growth)', `≤ ${BUDGETS.growth}×`,
    small && large ? `${(large.summary.ours.wallMs / small.summary.ours.wallMs).toFixed(2)}×` : 'not measured',
    small && large ? large.summary.ours.wallMs <= BUDGETS.growth * small.summary.ours.wallMs : null);
  add(`peak RSS of the build (process tree) at 20,000 codes, median of ${large?.summary.ours.runs.length ?? 0} builds`, `< ${gb(BUDGETS.peakRssBytes)}`,
    large ? `${gb(large.summary.ours.treeRss)} (${large.summary.ours.treeRssRange.map(gb).join('–')})` : 'not measured', large ? large.summary.ours.treeRss < BUDGETS.peakRssBytes : null);
  for (const s of sizes) {
    const { largestPage, largestShard } = s.summary.ours.dist;
    add(`largest HTML page, N=${s.codes}`, `≤ ${bound(BUDGETS.pageBytes)}`, `${kb(largestPage.bytes)} (${largestPage.path})`, largestPage.bytes <= BUDGETS.pageBytes);
    add(`largest exact-code shard, N=${s.codes}`, `≤ ${bound(BUDGETS.shardBytes)}`, `${kb(largestShard.bytes)} (${largestShard.path})`, largestShard.bytes <= BUDGETS.shardBytes);
  }
  for (const s of sizes.filter((s) => s.big)) {
    const { wallMs, treeRss } = s.summary.ours;
    add(`big catalog: build time, N=${s.codes}`, `≤ ${minutes(BUDGETS.bigBuildMs)}`, minutes(wallMs), wallMs <= BUDGETS.bigBuildMs);
    add(`big catalog: peak RSS of the build (process tree), N=${s.codes}`, `< ${gb(BUDGETS.bigPeakRssBytes)}`, gb(treeRss), treeRss < BUDGETS.bigPeakRssBytes);
    if (large) {
      const growth = wallMs / large.summary.ours.wallMs;
      add(`big catalog: build time ${s.codes.toLocaleString('en')} / 20,000 codes (linear growth)`, `≤ ${BUDGETS.bigGrowth}×`, `${growth.toFixed(2)}×`, growth <= BUDGETS.bigGrowth);
    }
  }
  for (const s of compared) {
    const { ours, vendors } = s.codePage;
    if (!vendors) continue;
    const ratios = (key) => median(ours.pages.map((page, i) => page[key] / vendors.pages[i][key]));
    const [raw, gzip] = [ratios('raw'), ratios('gzip')];
    add(`code page vs the same code's page in plain Starlight (vendors sidebar), median of ${ours.pages.length} codes, N=${s.codes}`, `≤ ${BUDGETS.codePage}× raw and gzip`,
      `${raw.toFixed(2)}× raw (${kb(ours.raw)} vs ${kb(vendors.raw)}), ${gzip.toFixed(2)}× gzip (${kb(ours.gzip)} vs ${kb(vendors.gzip)})`,
      raw <= BUDGETS.codePage && gzip <= BUDGETS.codePage);
  }
  for (const s of sizes.filter((s) => s.search)) {
    const { code, phrase, paste, cold } = s.search;
    add(`search, exact code, keystroke → first result, N=${s.codes}`, `< ${BUDGETS.exactCodeMs} ms`, ms(code.firstMs), below(code.firstMs, BUDGETS.exactCodeMs));
    add(`search, phrase, keystroke → first result, N=${s.codes}`, `< ${BUDGETS.phraseMs} ms`, ms(phrase.firstMs), below(phrase.firstMs, BUDGETS.phraseMs));
    const pasteLimit = s.codes <= BUDGETS.pasteSmallUpTo ? BUDGETS.pasteMs : BUDGETS.pasteLargeMs;
    if (paste) add(`search, paste → first result (median of ${paste.runs.length} pastes), N=${s.codes}`, `< ${pasteLimit} ms`, ms(paste.firstMs), below(paste.firstMs, pasteLimit));
    if (cold) {
      add(`cold visit on a slow phone (150 ms RTT, 1.6 Mbps, CPU 4×): navigation → first result of a pasted log line, N=${s.codes}`, `< ${BUDGETS.coldPasteMs} ms`,
        `${ms(cold.firstMs)} (load event at ${ms(cold.loadMs)})`, below(cold.firstMs, BUDGETS.coldPasteMs));
    }
  }
  return results;
}

/** A measurement under its limit; a search that showed no result fails. */
const below = (value, limit) => value !== null && value < limit;
const sec = (msValue) => `${(msValue / 1000).toFixed(1)} s`;
const ms = (value) => (value === null ? 'no result' : `${value.toFixed(1)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const gb = (bytes) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const minutes = (msValue) => `${(msValue / 60000).toFixed(1)} min`;
/** A bound as written: 1 MB, 100 KB. */
const bound = (bytes) => (bytes >= 1024 ** 2 ? `${+(bytes / 1024 ** 2).toFixed(1)} MB` : `${+(bytes / 1024).toFixed(1)} KB`);

const SITES = { ours: 'this site', vendors: 'plain Starlight, vendors sidebar', default: 'plain Starlight, default sidebar' };

/** The results as Markdown tables. */
export function formatReport({ machine: m, sizes, budgets, durationMs }) {
  const lines = [];
  lines.push('| codes | site | build (median; runs) | CPU | pages/s | peak RSS (tree, median and range / largest process) | dist/ | files | code page raw / gzip (median) | Pagefind index |');
  lines.push('| ---: | --- | --- | ---: | ---: | --- | ---: | ---: | --- | ---: |');
  for (const s of sizes.filter((s) => !s.big)) {
    for (const [site, summary] of Object.entries(s.summary)) {
      if (!summary) {
        lines.push(`| ${s.codes} | ${SITES[site]} | not built: ${s.skipped?.[site] ?? ''} | | | | | | | |`);
        continue;
      }
      const page = s.codePage[site];
      lines.push(`| ${s.codes} | ${SITES[site]} | ${sec(summary.wallMs)}; ${summary.runs.map((r) => (r.wallMs / 1000).toFixed(1)).join(', ')} | ${summary.cpuMs ? sec(summary.cpuMs) : '–'} | ${Math.round(summary.dist.pages / (summary.wallMs / 1000))} | ${gb(summary.treeRss)}${summary.runs.length > 1 ? ` (${summary.treeRssRange.map(gb).join('–')})` : ''} / ${summary.maxProcessRss ? gb(summary.maxProcessRss) : '–'} | ${mb(summary.dist.bytes)} | ${summary.dist.files} | ${page ? `${kb(page.raw)} / ${kb(page.gzip)}` : '–'} | ${mb(summary.dist.pagefindBytes)} |`);
    }
  }
  lines.push('');
  lines.push('| codes | first query fetches (exact code / phrase) | exact code: keystroke → first result / all results | phrase: keystroke → first result / all results | paste: Ctrl+V → first result / all results | cold visit, slow phone: navigation → load event / first result of a paste |');
  lines.push('| ---: | --- | --- | --- | --- | --- |');
  for (const s of sizes.filter((s) => s.search)) {
    const { firstQuery: f, code, phrase, paste, cold } = s.search;
    lines.push(`| ${s.codes} | ${kb(f.code.bytes)} in ${f.code.requests} requests / ${kb(f.phrase.bytes)} in ${f.phrase.requests} requests | ${ms(code.firstMs)} / ${ms(code.doneMs)} | ${ms(phrase.firstMs)} / ${ms(phrase.doneMs)} | ${paste ? `${ms(paste.firstMs)} / ${ms(paste.doneMs)}` : '–'} | ${cold ? `${ms(cold.loadMs)} / ${ms(cold.firstMs)}` : '–'} |`);
  }
  const big = sizes.filter((s) => s.big);
  if (big.length > 0) {
    lines.push('');
    lines.push('| codes (big catalog) | build | CPU | peak RSS (tree / largest process) | heap | dist/ | files | HTML pages | largest HTML page | exact-code shards | largest shard | codes.json |');
    lines.push('| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- | ---: | --- | ---: |');
    for (const s of big) {
      const { wallMs, cpuMs, treeRss, maxProcessRss, dist } = s.summary.ours;
      lines.push(`| ${s.codes} | ${minutes(wallMs)} | ${cpuMs ? minutes(cpuMs) : '–'} | ${gb(treeRss)} / ${maxProcessRss ? gb(maxProcessRss) : '–'} | ${(s.big.heapMb / 1024).toFixed(0)} GB | ${mb(dist.bytes)} | ${dist.files} | ${dist.pages} | ${kb(dist.largestPage.bytes)} (\`${dist.largestPage.path}\`) | ${dist.shards} | ${kb(dist.largestShard.bytes)} (\`${dist.largestShard.path}\`) | ${mb(s.big.codesJsonBytes)} |`);
    }
  }
  lines.push('');
  lines.push('| budget | limit | measured | |');
  lines.push('| --- | --- | --- | --- |');
  for (const b of budgets) {
    const verdict = b.pass === null ? 'not measured' : b.pass ? 'pass' : b.enforced ? '**FAIL**' : 'missed (reported only)';
    lines.push(`| ${b.name} | ${b.limit} | ${b.measured} | ${verdict} |`);
  }
  lines.push('');
  lines.push(`Machine: ${m.nproc} cores (nproc), ${m.cpu}, ${m.ramGiB} GiB RAM, Node ${m.node}; load average ${m.loadavgAtStart.join(' / ')} at the start. Whole bench: ${(durationMs / 60000).toFixed(1)} min.`);
  return lines.join('\n');
}

/** bench/README.md for these results (bench/update-readme.mjs writes it). */
export function benchReadme(results) {
  const day = results.startedAt.slice(0, 10);
  return `# Performance: \`npm run bench\`

This file is written by \`bench/update-readme.mjs\` from bench-results/latest.json: edit the text in \`bench/report.mjs\` (\`benchReadme\`), not here.

\`npm run bench\` builds this site and, for comparison, the plain-Starlight way (the same codes as one Markdown page each, \`src/content/docs/{vendor}/{surface}/{code}.md\`, in a bare Starlight project: bench/baseline-project.mjs) at three sizes: the real sources, and the real sources plus synthetic ones (bench/generate-sources.mjs: the real format and its quirks) up to 2,000 and 20,000 codes. Each build runs cold in its own copy under bench-results/work/, ours and the baseline alternately (6 times each at the real sources, twice at 2,000 codes, once at 20,000; this site at least three times at each, for its memory). It prints the tables below, writes bench-results/latest.json, and exits 1 when an enforced budget is broken. The run below took ${(results.durationMs / 60000).toFixed(1)} minutes on the machine below${results.sizes.some((s) => s.big) ? ', the big catalog included' : ''}.

- \`BENCH_SIZES=real npm run bench\`: one size only (about 2 minutes); \`BENCH_SIZES=real,2000\`, any N.
- \`BENCH_REPEATS=1\`: one build per site and size. \`BENCH_KEEP=1\`: keep the built projects in bench-results/work/.
- \`node_modules/.bin/node bench/update-readme.mjs\` (Node 24, like the npm scripts): rewrites this file from bench-results/latest.json.
- \`BENCH_SIZES=100000\` (any N above 20,000; \`BENCH_SIZES=real,2000,20000,100000\` for all): a big catalog, never in the default run. This site alone, built once with \`BUILD_HEAP_MB=2048\` (\`BENCH_BIG_HEAP_MB\`; Astro holds every code while it renders, and 100,000 codes ran out of the default 1 GB), measured for its build time, peak memory, largest HTML page and largest exact-code shard; no baseline and no search latency (comparing with plain Starlight is the default sizes' work; this size checks this site's own bounds).${bigRun(results)}
- \`BENCH_DEFAULT_SIDEBAR_MAX\` (500): the largest N the default-sidebar baseline is built at (once). Starlight's default sidebar lists every page in every page, so that build and its dist/ grow with N²: in an earlier run with \`BENCH_DEFAULT_SIDEBAR_MAX=2000\` it took 71 s at 2,000 codes, with 330 KB pages and a 647 MB dist/; at 20,000 it cannot be built in reasonable time or disk. The vendors-sidebar baseline (the sidebar this site has) is built at every N and is what the build-time and page budgets compare with.

## How it measures

Build time is the wall time of each site's build command, cold: this site's \`scripts/build.mjs\` (what \`npm run build\` runs: \`astro build\` with a 1 GB heap, the files beside the pages and, up to 5,000 codes, Pagefind's index made by the catalog's worker thread during it; above 5,000 codes Pagefind indexes the search records once Astro has exited), the baseline's \`astro build\` (Pagefind over the built pages at its end, Starlight's default) (median of the runs; CPU is user + system time from GNU time). Each build starts with no output, caches or \`.astro/\`: the previous build's are moved aside, and deleted once the bench is over. The run's first round (one build of each site at the first size) is not counted: the sites share node_modules and Node's compile cache of it, and the site built first paid for warming it (in a fresh clone, this site's first build took 5.4 s at the real sources, the next ones 3.8–4.7 s). On this machine's disk (ext4 without a journal) creating a file steps over every inode freed in the last minutes, so a deletion just before a build made its file creation several times dearer (perf: 0.4–0.7 s of kernel time in this site's build at the real sources, 0.1–0.2 s after a move), the more so for the site that writes more files; a build in a fresh clone follows no deletion. A build's peak RSS is the largest sum of RSS over its process tree (Node, Astro and Pagefind), sampled from /proc every 50 ms (Astro with its worker thread, and Pagefind's process), next to GNU time's peak of the largest single process. It varies by about ±5% from one build to the next with nothing else changed (1.40–1.57 GB over some 30 builds at 20,000 codes on 2026-11-30), so this site is built at least three times at every default size and the figure is the median, with the range beside it.

A code page is the median HTML size over the same 15 codes in each site (gzip at level 6). The baseline's page carries the same words as ours: every column of every meaning with its source, and what to do (each category's fix and the action's words, as codes.json lists them), so the comparison is of what each site wraps them in: Starlight's chrome in both; in ours the breadcrumbs, copy buttons, labels, "the same problem elsewhere", the codes around it and each page's Content-Security-Policy (its hashes are incompressible: about 400 B gzipped).

Search runs in headless Chromium against dist/ on a local static server that gzips text: "first query fetches" counts the bytes received from opening the dialog until the results are complete; latency is from the last keystroke (\`keyboard.type\`) to the first result in \`#site-search-results\` (a MutationObserver, in the page), median of 5 codes and of 5 phrases, each in a fresh browser context once Pagefind has loaded; a paste is the same from the Ctrl+V of a log line or a response body put on the clipboard (median of 10 pastes in the vendors' formats, naming codes of the real sources, which every size holds; their shards are fetched then). The cold visit, at the real sources, is a first visit to the home page on a slow phone: Lighthouse's mobile throttling (150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU 4× slower) through Chromium's DevTools protocol, cache off, a logcat paste pasted into the search box as soon as it can open; from the start of the navigation to the first result (median of 3 visits), with the page's load event beside it.

## Budgets

In \`bench/report.mjs\` (\`BUDGETS\`): this site's build no slower than plain Starlight's at every N (median wall time; against the vendors sidebar everywhere, and against the default sidebar where it is built); build time growing linearly (20,000 codes in at most 11× the time of 2,000); peak RSS of the build under 1.5 GB at 20,000 codes (the median of this site's builds)${baselineRss(results)}; a code page at most 10% larger than the same code's page in plain Starlight with the vendors sidebar (raw and gzip); search from the last keystroke to the first result under 50 ms for an exact code and under 150 ms for a phrase, at every N; a paste to its first result under 50 ms up to 2,000 codes and under 100 ms above; the cold visit on a slow phone to the first result of a pasted log line under 1.5 s; no HTML page over 1 MB and no exact-code shard over 100 KB, at every N (long lists are split into pages, crowded prefixes into more shards: see [URLs](../README.md#urls) and [Search](../README.md#search)); a big catalog of 100,000 codes built in at most ${(BUDGETS.bigBuildMs / 60000).toFixed(0)} minutes, under ${gb(BUDGETS.bigPeakRssBytes)} of peak RSS, and in at most ${BUDGETS.bigGrowth}× the time of 20,000 codes when both ran (set from its first builds: see \`BUDGETS\` for why each). A broken budget is marked **FAIL** and makes the bench exit 1. One budget is a test rather than a measurement: no page's work reads the whole catalog; a code page looks everything up in indexes built once per build (\`src/libs/site-index.test.ts\` fails if one of its lookups reads the catalog's entries).

## Latest figures (${day})

${formatReport(results)}

Wall times on this virtual machine vary by 10–20% from one build to the next even with nothing else running (the runs are listed); alternating the builds keeps the comparison fair, and CPU time is the steadier figure.

## What keeps the build within them

Each measured in this bench or beside it:

- **Code pages are Astro routes in \`<StarlightPage>\`, and nothing else is.** \`codes.json\`, each code's JSON, the exact-code search shards and the page of a number one catalog uses are made from the catalog in plain TypeScript (\`src/libs/site-files.ts\`), by the catalog's worker thread while Astro builds and renders (\`src/build/catalog-worker.ts\`, \`write-site-files.ts\`): as Astro routes they cost about a millisecond each, a third of the build at 20,000 codes.
- **The sources are parsed once, outside Astro's thread**: the worker reads them as Astro starts (\`astro:config:setup\`), and the content loaders take the catalog it read (\`src/build/catalog-handover.ts\`).
- **The search index is made from the catalog** (\`src/libs/search-records.ts\`: one Pagefind record per code, made in the same worker), not read back from the built pages as the baseline's Pagefind does: adding 417 records takes Pagefind about 0.1 s where reading the 417 pages took 0.3 s. Up to 5,000 codes the worker indexes them while Astro renders; above, \`scripts/build.mjs\` has Pagefind index them once Astro has exited: at 20,000 codes Pagefind alone takes 0.5 GB, which on top of Astro's would break the memory budget (peak 1.87 GB against 1.33 GB).
- **Starlight's frontmatter schema is built once** (\`src/content.config.ts\`): \`<StarlightPage>\` validates each page against the docs collection's schema, and Starlight's default builds that schema anew for every page.
- **Four pages render at a time** (\`build.concurrency\`): a page's render waits on the disk, and the next one can use that time (about 30% less generation time at 2,000 codes; more did not help).
- **Styles are global, under each component's class names**: Astro's scoped styles add a class to every element (2 KB on a code page).
- **A 1 GB heap for Astro** (\`scripts/build.mjs\`, \`BUILD_HEAP_MB\`): without a limit V8 keeps several GB of garbage before collecting it in earnest, and the build's peak memory is what small CI machines fail on. At 20,000 codes the build needs under 768 MB of heap. Starting the heap at a quarter of the limit (\`--initial-old-space-size\`) made fewer full collections at the real sources but was dropped: at 20,000 codes it built in 35.8 s at 1.48 GB, against 33.8 s at 1.33 GB without.
- **Node's compile cache for every thread** (\`NODE_COMPILE_CACHE\`, set by \`scripts/build.mjs\`): Astro's CLI turns it on for its own thread only, and the worker loaded the Markdown parser and the rest anew in every build (0.3 s of CPU per build, 0.2 s with the cache).
- **No Markdown rendering per code**: the loader parses each source file once; the baseline renders one Markdown file per code.

Tried and dropped, because the bench did not show them paying: turning off Vite's pre-bundling of the dev toolbar's dependencies in builds (Astro syncs the content through a temporary dev server that does it): 5 alternating builds each at the real sources, 4.3 s with it off against 4.2 s on (medians; CPU 6.8 s against 6.9 s), as the optimizer runs beside the build.

## What keeps pages and search within theirs

- **A page carries only what it shows.** The search dialog's panel is written when the dialog first opens (\`src/libs/search-panel-markup.ts\`), not carried by every page; each page's Content-Security-Policy allows only the style attributes its own chrome has (a code page 3 hashes of the 7).
- **A paste is answered from the exact-code shards before Pagefind is asked**: reading it takes a few milliseconds, and its codes need one small shard each (a few KB gzipped).
- **No shard is over 100 KB at any size**: a prefix whose codes would pass it is split by one more character, again where needed, so a query never downloads the whole of a crowded prefix (the issue that asked for it found a 20 MB shard for every query starting with "10").${bigShards(results)}
- **One round trip before the first answer**: \`search/index.json\` (2 KB gzipped) holds the shards' list with the vendors' words and the categories, and is fetched once the page is idle; the dialog's script names the chunk the panel imports, so the browser fetches both at once rather than one after the other (150 ms each on a slow phone). Pagefind starts loading when the dialog opens, after that file.
- **Pagefind's lines are shown as each arrives, in order**: a phrase's first result waits for Pagefind's search and one fragment, not for ten (at 20,000 codes a phrase matches about 1,000 pages; waiting for the first ten fragments took 20–35 ms more than for the first). A phrase whose words name a category by its one-line meaning (\`certificate password\`, \`registration token\`) shows that category's line at once, before Pagefind answers: its figure is that line's (each phrase's own is in bench-results/latest.json).

## Where the margin is thin

${thinMargins(results)}
`;
}

/**
 * What the budgets closest to their limits in this run are, in words: the build at the
 * real sources (the two builds do about the same work there) and the code page.
 */
function thinMargins({ sizes }) {
  const real = sizes.find((s) => s.label === 'real');
  const lines = [];
  if (real?.summary.ours && real.summary.vendors) {
    const { ours, vendors } = real.summary;
    lines.push(`At the real sources (${real.codes} codes) the two builds take about the same time: ${(ours.wallMs / vendors.wallMs).toFixed(2)}× in this run (${sec(ours.wallMs)} against ${sec(vendors.wallMs)}; CPU ${ours.cpuMs && vendors.cpuMs ? `${sec(ours.cpuMs)} against ${sec(vendors.cpuMs)}` : 'not measured'}). This site uses more CPU but spreads it over both cores: it makes about 90 more pages (catalogs, vendors, categories, actions, numbers several catalogs use) and about 900 more files (each code's JSON, the pages of numbers one catalog uses, the search shards), in a worker thread beside Astro that also has Pagefind index the codes (about a second of CPU: loading the Markdown parser, parsing the sources, writing the files, indexing); the baseline renders each code's Markdown in Astro's thread and runs Pagefind after Astro. The wall times are level, within this machine's noise, so that budget can fail by a few percent on a noisy day; from 2,000 codes on this site is clearly faster.`);
  }
  const large = sizes.find((s) => s.label === '20000')?.summary.ours;
  if (large) {
    lines.push(`Peak memory at 20,000 codes is the other one: ${gb(large.treeRss)} (median of ${large.runs.length} builds; ${large.treeRssRange.map(gb).join('–')}) against 1.5 GB. Astro's process holds most of it: its own heap (about 450 MB), the catalog's worker's (about 290 MB, until it has written the files) and the native memory of Astro's toolchain (several hundred MB from the build of the entrypoints on). Each of these was tried and moved it by less than the builds' own spread: a smaller heap limit (768 MB), a cap on the worker's heap, writing the files before the pages, letting go of the catalog once the loaders have it, Astro's chunked collection storage, fewer malloc arenas.`);
  }
  const page = real?.codePage;
  if (page?.ours && page.vendors) {
    lines.push(`A code page is ${(page.ours.raw / page.vendors.raw).toFixed(2)}× the baseline's raw and ${(page.ours.gzip / page.vendors.gzip).toFixed(2)}× gzipped at the real sources: the gzipped ratio is the tighter one, as what this site adds (hashes, links, labels) compresses less than Starlight's repeated markup. A new block on every code page has to pay for itself here.`);
  }
  return lines.join('\n\n');
}

/** The big catalog's shards in this run, when it ran. */
function bigShards({ sizes }) {
  const big = sizes.find((s) => s.big);
  if (!big) return '';
  const { shards, largestShard } = big.summary.ours.dist;
  return ` At ${big.codes.toLocaleString('en')} codes: ${shards.toLocaleString('en')} shard files, the largest ${kb(largestShard.bytes)}.`;
}

/** How long the big catalog took in this run, when it ran. */
function bigRun({ sizes }) {
  const big = sizes.filter((s) => s.big);
  return big.length > 0 ? ` It took ${big.map((s) => `${(s.summary.ours.wallMs / 60000).toFixed(1)} minutes at ${s.codes.toLocaleString('en')} codes`).join(', ')} in the run below.` : '';
}

/** What plain Starlight itself peaks at with 20,000 codes, when measured. */
function baselineRss({ sizes }) {
  const vendors = sizes.find((s) => s.label === '20000')?.summary.vendors;
  return vendors ? ` (plain Starlight itself peaked at ${gb(vendors.treeRss)} in this run)` : '';
}
