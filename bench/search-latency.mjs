/**
 * The search dialog on a locally served build, in headless Chromium (Playwright):
 * - the bytes a first query fetches, from opening the dialog until its results are
 *   complete (response headers + bodies as received, gzip where the server compresses);
 * - latency: from the last keystroke to the first result shown, and to the complete
 *   results, measured in the page (performance.now() in a keydown listener and in a
 *   MutationObserver on #site-search-results), one fresh browser context per query;
 * - a paste (Ctrl+V of a log line or a response body from the clipboard) to its first
 *   result, the same way;
 * - a cold visit on a slow phone: Lighthouse's mobile throttling (150 ms round trip,
 *   1.6 Mbps down, 750 kbps up, CPU 4× slower) through Chromium's DevTools protocol, an
 *   empty cache, from the start of the page's navigation to the first result of a log line
 *   pasted as soon as the search box can open.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { median } from './report.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.wasm': 'application/wasm',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml']);

/** A static server for `dist` on 127.0.0.1 (a free port), gzip for text like a real host. */
export async function serve(dist) {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const ext = extname(file);
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    if (COMPRESSED.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const body = gzipSync(readFileSync(file), { level: 6 });
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length }).end(body);
    } else {
      res.writeHead(200, { ...headers, 'Content-Length': statSync(file).size });
      createReadStream(file).pipe(res);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

const STATUS = 'site-search [role="status"]';
const DONE = /^(\d+ results?|No code or meaning matches)/;
/** Lighthouse's mobile throttling (its `mobileSlow4G` settings). */
export const MOBILE = { rttMs: 150, downKbps: 1.6 * 1024, upKbps: 750, cpuSlowdown: 4 };
const INPUT = { role: 'combobox', name: /code number or words/i };

async function openDialog(page, url) {
  await page.goto(url);
  await page.keyboard.press('Control+k');
  await page.getByRole(INPUT.role, { name: INPUT.name }).waitFor();
}

async function waitDone(page, query) {
  await page.waitForFunction(([sel, done, q]) => {
    const input = document.querySelector('#site-search-input');
    return input?.value === q && new RegExp(done).test(document.querySelector(sel)?.textContent ?? '');
  }, [STATUS, DONE.source, query]);
}

/** Bytes fetched from opening the dialog until the results of `query` are complete. */
async function firstQueryBytes(browser, url, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const pending = [];
  let requests = 0;
  page.on('requestfinished', (request) => {
    requests++;
    pending.push(request.sizes().then((s) => s.responseHeadersSize + s.responseBodySize));
  });
  await page.keyboard.press('Control+k');
  await page.getByRole(INPUT.role, { name: INPUT.name }).fill(query);
  await waitDone(page, query);
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(pending)).reduce((a, b) => a + b, 0);
  await context.close();
  return { bytes, requests };
}

/** Milliseconds from the last keystroke of `query` to the first result, and to all results. */
async function latency(browser, url, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openDialog(page, url);
  // Pagefind has loaded once the dialog's filters list its vendors.
  await page.waitForFunction(() => document.querySelectorAll('select[data-filter="vendor"] option').length > 1, null, { timeout: 15_000 });
  const input = page.getByRole(INPUT.role, { name: INPUT.name });
  await input.fill(query.slice(0, -1));
  if (query.length > 1) await waitDone(page, query.slice(0, -1));
  await page.evaluate(watchResults, [STATUS, DONE.source]);
  await page.keyboard.type(query.slice(-1));
  await waitDone(page, query);
  const t = await page.evaluate(() => window.__bench);
  await context.close();
  return { query, firstMs: t.first ? t.first - t.key : null, doneMs: t.done - t.key };
}

/** Records, in the page, the time of the next keydown and of the first result and complete answer after it. */
function watchResults([sel, done]) {
  const list = document.querySelector('#site-search-results');
  const status = document.querySelector(sel);
  const times = (window.__bench = { key: 0, first: 0, done: 0 });
  // The key itself, not the Ctrl held for a paste.
  window.addEventListener('keydown', (event) => {
    if (!times.key && !['Control', 'Meta', 'Shift'].includes(event.key)) times.key = performance.now();
  }, { capture: true });
  new MutationObserver(() => {
    if (!times.key) return;
    if (!times.first && list.querySelector('[role="option"]')) times.first = performance.now();
    if (!times.done && new RegExp(done).test(status.textContent ?? '')) times.done = performance.now();
  }).observe(list.parentElement, { childList: true, subtree: true, characterData: true });
}

/** Milliseconds from the Ctrl+V of `text` to its first result, and to the complete answer. */
async function pasteLatency(browser, url, text) {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await openDialog(page, url);
  await page.waitForFunction(() => document.querySelectorAll('select[data-filter="vendor"] option').length > 1, null, { timeout: 15_000 });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.evaluate(watchResults, [STATUS, DONE.source]);
  await page.keyboard.press('Control+v');
  await page.waitForFunction(([sel, done]) => new RegExp(done).test(document.querySelector(sel)?.textContent ?? ''), [STATUS, DONE.source]);
  const t = await page.evaluate(() => window.__bench);
  await context.close();
  return { paste: text.slice(0, 60), firstMs: t.first ? t.first - t.key : null, doneMs: t.done - t.key };
}

/**
 * A first visit on a slow phone: milliseconds from the start of the navigation to the page's
 * load event, and to the first result of `text` pasted into the search box as soon as it opens.
 */
async function coldPaste(browser, url, text) {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: MOBILE.rttMs, downloadThroughput: (MOBILE.downKbps * 1024) / 8, uploadThroughput: (MOBILE.upKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
  await page.addInitScript(() => {
    window.__cold = { first: 0 };
    new MutationObserver(() => {
      if (!window.__cold.first && document.querySelector('#site-search-results [role="option"]')) window.__cold.first = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => customElements.get('site-search') !== undefined, null, { timeout: 30_000 });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+v');
  await page.waitForFunction(() => window.__cold.first > 0, null, { timeout: 30_000 });
  await page.waitForLoadState('load');
  const { first, load } = await page.evaluate(() => ({ first: window.__cold.first, load: performance.getEntriesByType('navigation')[0].loadEventStart }));
  await context.close();
  return { firstMs: first, loadMs: load };
}

/** Cold visits on a slow phone per measurement (their median is kept). */
const COLD_RUNS = 3;

/**
 * @param {string} dist a build of our site
 * @param {{ codes: string[], phrases: string[], pastes: string[], coldPaste?: string }} queries `coldPaste`: measure a cold visit with it
 */
export async function measureSearch(dist, { codes, phrases, pastes, coldPaste: coldText }) {
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const bytesCode = await firstQueryBytes(browser, server.url, codes[0]);
    const bytesPhrase = await firstQueryBytes(browser, server.url, phrases[0]);
    const codeRuns = [];
    for (const q of codes) codeRuns.push(await latency(browser, server.url, q));
    const phraseRuns = [];
    for (const q of phrases) phraseRuns.push(await latency(browser, server.url, q));
    const pasteRuns = [];
    for (const text of pastes) pasteRuns.push(await pasteLatency(browser, server.url, text));
    const coldRuns = [];
    if (coldText) for (let i = 0; i < COLD_RUNS; i++) coldRuns.push(await coldPaste(browser, server.url, coldText));
    const summary = (runs) => ({ firstMs: median(runs.map((r) => r.firstMs)), doneMs: median(runs.map((r) => r.doneMs)), runs });
    return {
      firstQuery: { code: { query: codes[0], ...bytesCode }, phrase: { query: phrases[0], ...bytesPhrase } },
      code: summary(codeRuns),
      phrase: summary(phraseRuns),
      paste: summary(pasteRuns),
      ...(coldText ? { cold: { paste: coldText, firstMs: median(coldRuns.map((r) => r.firstMs)), loadMs: median(coldRuns.map((r) => r.loadMs)), runs: coldRuns, throttling: MOBILE } } : {}),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
