/**
 * The bench's results: the budgets it enforces, the tables it prints (Markdown, pasted
 * into README.md's "## Performance") and the machine they came from.
 */
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';

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
  /** Median ms from the last keystroke to the first result. */
  exactCodeMs: 50,
  phraseMs: 150,
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

  for (const s of sizes) {
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
  add('peak RSS of the build (process tree) at 20,000 codes', `< ${gb(BUDGETS.peakRssBytes)}`,
    large ? gb(large.summary.ours.treeRss) : 'not measured', large ? large.summary.ours.treeRss < BUDGETS.peakRssBytes : null);
  for (const s of sizes) {
    const { ours, vendors } = s.codePage;
    if (!vendors) continue;
    const ratios = (key) => median(ours.pages.map((page, i) => page[key] / vendors.pages[i][key]));
    const [raw, gzip] = [ratios('raw'), ratios('gzip')];
    add(`code page vs the same code's page in plain Starlight (vendors sidebar), median of ${ours.pages.length} codes, N=${s.codes}`, `≤ ${BUDGETS.codePage}× raw and gzip`,
      `${raw.toFixed(2)}× raw (${kb(ours.raw)} vs ${kb(vendors.raw)}), ${gzip.toFixed(2)}× gzip (${kb(ours.gzip)} vs ${kb(vendors.gzip)})`,
      raw <= BUDGETS.codePage && gzip <= BUDGETS.codePage);
  }
  for (const s of sizes.filter((s) => s.search)) {
    add(`search, exact code, keystroke → first result, N=${s.codes}`, `< ${BUDGETS.exactCodeMs} ms`, ms(s.search.code.firstMs), s.search.code.firstMs < BUDGETS.exactCodeMs);
    add(`search, phrase, keystroke → first result, N=${s.codes}`, `< ${BUDGETS.phraseMs} ms`, ms(s.search.phrase.firstMs), s.search.phrase.firstMs < BUDGETS.phraseMs);
  }
  return results;
}

const sec = (msValue) => `${(msValue / 1000).toFixed(1)} s`;
const ms = (value) => (value === null ? 'no result' : `${value.toFixed(1)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const gb = (bytes) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

const SITES = { ours: 'this site', vendors: 'plain Starlight, vendors sidebar', default: 'plain Starlight, default sidebar' };

/** The results as Markdown tables. */
export function formatReport({ machine: m, sizes, budgets, durationMs }) {
  const lines = [];
  lines.push('| codes | site | build (median; runs) | CPU | pages/s | peak RSS (tree / largest process) | dist/ | files | code page raw / gzip (median) | Pagefind index |');
  lines.push('| ---: | --- | --- | ---: | ---: | --- | ---: | ---: | --- | ---: |');
  for (const s of sizes) {
    for (const [site, summary] of Object.entries(s.summary)) {
      if (!summary) {
        lines.push(`| ${s.codes} | ${SITES[site]} | not built: ${s.skipped?.[site] ?? ''} | | | | | | | |`);
        continue;
      }
      const page = s.codePage[site];
      lines.push(`| ${s.codes} | ${SITES[site]} | ${sec(summary.wallMs)}; ${summary.runs.map((r) => (r.wallMs / 1000).toFixed(1)).join(', ')} | ${summary.cpuMs ? sec(summary.cpuMs) : '–'} | ${Math.round(summary.dist.pages / (summary.wallMs / 1000))} | ${gb(summary.treeRss)} / ${summary.maxProcessRss ? gb(summary.maxProcessRss) : '–'} | ${mb(summary.dist.bytes)} | ${summary.dist.files} | ${page ? `${kb(page.raw)} / ${kb(page.gzip)}` : '–'} | ${mb(summary.dist.pagefindBytes)} |`);
    }
  }
  lines.push('');
  lines.push('| codes | first query fetches (exact code / phrase) | exact code: keystroke → first result / all results | phrase: keystroke → first result / all results |');
  lines.push('| ---: | --- | --- | --- |');
  for (const s of sizes.filter((s) => s.search)) {
    const { firstQuery: f, code, phrase } = s.search;
    lines.push(`| ${s.codes} | ${kb(f.code.bytes)} in ${f.code.requests} requests / ${kb(f.phrase.bytes)} in ${f.phrase.requests} requests | ${ms(code.firstMs)} / ${ms(code.doneMs)} | ${ms(phrase.firstMs)} / ${ms(phrase.doneMs)} |`);
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
