// Gate: every built HTML page is valid HTML per html-validate, with the
// settings in .htmlvalidate.mjs (html-validate:recommended less the rules
// Starlight's markup breaks on every page).
//
// Usage: node scripts/site-checks/html.mjs [distDir]
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { HtmlValidate } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { checkSettings, isHtml, isMain, listFiles, report } from './dist.mjs';

/**
 * Messages let through because they come from one known Starlight component,
 * matched by rule and by the end of the element's CSS selector, so the same
 * rule still catches the same mistake anywhere else.
 * @type {{ rule: string, selector: RegExp, why: string }[]}
 */
export const KNOWN_STARLIGHT_MARKUP = [
  {
    rule: 'unique-landmark',
    selector: /(?:^|> )(?:mobile-)?starlight-toc > nav$/,
    why: 'the desktop and the mobile "On this page" navs share a name; CSS shows only one at a time',
  },
  {
    rule: 'prefer-native-element',
    selector: /#(?:site-search|search-page)-results$/,
    why: 'our search box (the dialog and the search page) is an ARIA combobox: its options are links holding the code, catalog, kind of match and meaning, which a native <select> cannot show',
  },
];

/**
 * @param {{ ruleId: string, selector?: string | null }} message
 */
export function isKnownStarlightMarkup(message) {
  return KNOWN_STARLIGHT_MARKUP.some(
    (k) => k.rule === message.ruleId && typeof message.selector === 'string' && k.selector.test(message.selector),
  );
}

/**
 * Validate some pages in this thread.
 * @param {string} dist
 * @param {string[]} pages
 * @param {object} validateConfig
 */
async function validatePages(dist, pages, validateConfig) {
  const validator = new HtmlValidate({ ...validateConfig, root: true });
  /** @type {{ page: string, at: string, problem: string }[]} */
  const failures = [];
  let allowed = 0;
  for (const page of pages) {
    const result = await validator.validateString(readFileSync(join(dist, page), 'utf8'), page);
    for (const r of result.results) {
      for (const m of r.messages) {
        if (isKnownStarlightMarkup(m)) {
          allowed++;
          continue;
        }
        failures.push({ page, at: `${m.line}:${m.column}`, problem: `${m.ruleId}: ${m.message}${m.selector ? ` (at ${m.selector})` : ''}` });
      }
    }
  }
  return { failures, allowed };
}

/**
 * html-validate takes some 20 ms a page, so large sites are split over
 * worker threads, one per core (at most 4).
 * @param {{ dist: string }} settings
 * @param {{ validateConfig?: object, pagesPerThread?: number }} [options]
 *   validateConfig: html-validate settings (default: .htmlvalidate.mjs);
 *   pagesPerThread: below this many pages a thread, no extra thread is started
 * @returns {Promise<{ failures: string[], summary: string }>}
 */
export async function checkHtml({ dist }, { validateConfig = config, pagesPerThread = 200 } = {}) {
  const pages = listFiles(dist).filter(isHtml);
  const threads = Math.min(availableParallelism(), 4, Math.ceil(pages.length / pagesPerThread));
  /** @type {{ failures: { page: string, at: string, problem: string }[], allowed: number }[]} */
  let parts;
  if (threads <= 1) {
    parts = [await validatePages(dist, pages, validateConfig)];
  } else {
    const chunks = Array.from({ length: threads }, (_, i) => pages.filter((_, j) => j % threads === i));
    parts = await Promise.all(
      chunks.map(
        (chunk) =>
          new Promise((resolvePart, reject) => {
            const worker = new Worker(new URL(import.meta.url), {
              workerData: { htmlCheck: { dist, pages: chunk, validateConfig } },
            });
            worker.once('message', resolvePart);
            worker.once('error', reject);
          }),
      ),
    );
  }
  // The same problem in a shared component shows on every page: list it once.
  /** @type {Map<string, string[]>} */
  const byProblem = new Map();
  for (const f of parts.flatMap((p) => p.failures).sort((a, b) => a.page.localeCompare(b.page))) {
    const where = byProblem.get(f.problem) ?? [];
    where.push(`${f.page}:${f.at}`);
    byProblem.set(f.problem, where);
  }
  const failures = [...byProblem].map(([problem, where]) =>
    where.length === 1 ? `${where[0]} ${problem}` : `${where[0]} ${problem} (and on ${where.length - 1} more pages)`,
  );
  const allowed = parts.reduce((n, p) => n + p.allowed, 0);
  return {
    failures,
    summary: `${pages.length} pages; ${allowed} messages from known Starlight markup let through`,
  };
}

if (!isMainThread && workerData?.htmlCheck) {
  const { dist, pages, validateConfig } = workerData.htmlCheck;
  parentPort?.postMessage(await validatePages(dist, pages, validateConfig));
}

if (isMain(import.meta.url)) {
  process.exitCode = report('html', await checkHtml(checkSettings())) ? 0 : 1;
}
