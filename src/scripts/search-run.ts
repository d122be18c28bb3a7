/**
 * One query's answer as the search box builds it: first the paste reader's lines from the
 * exact-code shards, then the categories the query names and Pagefind's text matches, each
 * labelled (libs/search-answer.ts). The count is real: Pagefind's results are counted by
 * page, one that repeats a line already there is dropped as it loads, and a prefix
 * fallback (no indexed word starts with a term, so Pagefind answered a shorter one) is no
 * match at all.
 */
import type { CodeRow } from '../libs/code-lookup';
import { isRealTextMatch, MAX_PASTE_CHARS, type Reading } from '../libs/paste';
import { categoryLine, codeLines, inCategoryLabel, matchCategories, notices, orderLines, textQueryOf, type CategoryMatch, type ResultLine } from '../libs/search-answer';
import { vendorWordsOf, type ManifestCategory, type SearchManifest } from '../libs/search-manifest';
import type { CodeShards } from './code-shards';
import type { Pagefind, PagefindResult } from './pagefind';

/** The filters chosen: `vendor`, `surface`, `category` → the name Pagefind knows it by. */
export type Filters = Record<string, string>;

/** Up to this many of Pagefind's results are loaded at once, so the count is exact from the start. */
const LOAD_ALL_UP_TO = 50;
/** Pagefind's results loaded at a time beyond that. */
const BATCH = 25;
/** Most categories whose codes a query that names them lists. */
const MAX_CATEGORIES = 3;

interface PendingLine {
  result: PagefindResult;
  kind: 'text' | 'in-category';
  label: string;
  from?: string;
  /** Not set until loaded; null once dropped (already there, or no real match). */
  line?: ResultLine | null;
}

export class SearchRun {
  readonly query: string;
  readonly reading: Reading;
  /** What is said before any result: codes in no catalog. */
  readonly notices: string[];
  /** What Pagefind is asked, or null. */
  readonly textQuery: string | null;
  private readonly codes: ResultLine[];
  /** The categories named by name, and by their meaning only. */
  private readonly categories: ResultLine[];
  private readonly related: ResultLine[];
  private readonly named: ManifestCategory[];
  private pending: PendingLine[] = [];
  /** Pagefind has answered, or there was nothing to ask it. */
  textDone = false;

  private constructor(query: string, reading: Reading, base: string, fields: Pick<SearchRun, 'notices' | 'textQuery'> & { codes: ResultLine[]; named: CategoryMatch<ManifestCategory>[]; showCategories: boolean }) {
    this.query = query;
    this.reading = reading;
    this.notices = fields.notices;
    this.textQuery = fields.textQuery;
    this.codes = fields.codes;
    this.named = fields.named.map(({ category }) => category);
    const lines = (by: CategoryMatch<unknown>['by']) => (fields.showCategories ? fields.named.filter((m) => m.by === by).map(({ category }) => categoryLine(category, base)) : []);
    this.categories = lines('name');
    this.related = lines('means');
  }

  /** The paste reader's answer, from the manifest and the shards: what is shown first. */
  static async start(shards: CodeShards, query: string, filters: Filters, base: string): Promise<SearchRun> {
    const [manifest, { reading, absent, answers }] = await Promise.all([shards.manifest(), shards.answer(query)]);
    const kept = answers.filter(({ row }) => passes(row, filters, manifest));
    return new SearchRun(query, reading, base, {
      notices: notices(absent, reading, MAX_PASTE_CHARS),
      textQuery: textQueryOf(query, reading, vendorWordsOf(manifest)),
      codes: codeLines(kept, reading, base),
      named: filters.category ? [] : matchCategories(query, manifest.categories).slice(0, MAX_CATEGORIES),
      // A category spans every vendor and surface: with one chosen, only its codes there are listed.
      showCategories: !filters.vendor && !filters.surface,
    });
  }

  /**
   * Asks Pagefind for the text matches and the codes of the categories named, then loads
   * the first `first` lines, calling `onLine` as each one arrives.
   */
  async searchText(pagefind: Pagefind, filters: Filters, first: number, onLine: () => void): Promise<void> {
    const [text, ...inCategories] = await Promise.all([
      this.textQuery === null ? null : pagefind.search(this.textQuery, { filters }),
      ...this.named.map((category) => pagefind.search(null, { filters: { ...filters, category: category.name } })),
    ]);
    const seen = new Set<string>();
    const add = (results: readonly PagefindResult[] | undefined, kind: PendingLine['kind'], label: string, from?: string) => {
      for (const result of results ?? []) {
        if (seen.has(result.id)) continue;
        seen.add(result.id);
        this.pending.push({ result, kind, label, ...(from === undefined ? {} : { from }) });
      }
    };
    const typedAsIs = this.textQuery === this.query.trim();
    add(text?.results, 'text', 'text match', typedAsIs ? undefined : this.textQuery ?? undefined);
    inCategories.forEach((found, i) => add(found?.results, 'in-category', inCategoryLabel(this.named[i]!)));
    await this.load(first, onLine);
    this.textDone = true;
  }

  /** Loads the rest of a short answer, so that its count is exact (a long one is counted as Pagefind counts it, less what it drops). */
  async loadShortAnswer(): Promise<void> {
    if (this.pending.length <= LOAD_ALL_UP_TO) await this.load(this.pending.length);
  }

  /** Loads the next batch of Pagefind's lines, calling `onLine` as each one arrives. */
  loadMore(onLine?: () => void): Promise<void> {
    return this.load(this.kept().length + BATCH, onLine);
  }

  /** Whether total() is final: a short answer once all of it is loaded, a long one once its first lines are (counted as Pagefind counts it). */
  counted(): boolean {
    return this.textDone && (this.pending.length > LOAD_ALL_UP_TO || this.complete());
  }

  /** Whether every line is loaded. */
  complete(): boolean {
    return this.pending.every((p) => p.line !== undefined);
  }

  /** Loads Pagefind's lines, in order, until `count` are kept (or all are loaded). */
  private async load(count: number, onLine: () => void = () => {}): Promise<void> {
    while (this.kept().length < count) {
      const next = this.pending.filter((p) => p.line === undefined).slice(0, Math.min(BATCH, Math.max(1, count - this.kept().length)));
      if (next.length === 0) return;
      // Fetched together, settled in order, each shown as soon as it and those before it are in.
      const data = next.map((p) => p.result.data());
      for (const [i, pending] of next.entries()) {
        this.settle(pending, await data[i]!);
        onLine();
      }
    }
  }

  private settle(pending: PendingLine, data: Awaited<ReturnType<PagefindResult['data']>>): void {
    if (pending.line === null) return; // dropped with the rest of a fallback
    const shown = new Set([...this.codes, ...this.categories, ...this.related, ...this.kept()].map((line) => line.href));
    const real = pending.kind !== 'text' || isRealTextMatch(this.textQuery ?? '', `${data.meta.title ?? ''} ${data.content}`);
    if (!real && pending === this.pending.find((p) => p.kind === 'text') && !/(?:^|\s)-\d/.test(this.textQuery ?? '')) {
      // Pagefind's best page lacks a term: no indexed word starts with it, and every page it gave is a shorter prefix's.
      for (const p of this.pending) if (p.kind === 'text') p.line = null;
      return;
    }
    pending.line = !real || shown.has(data.url) ? null : {
      href: data.url,
      code: data.meta.code ?? data.meta.title ?? '',
      catalog: data.meta.catalog ?? '',
      kind: pending.kind,
      label: pending.label,
      ...(pending.from === undefined ? {} : { from: pending.from }),
      meaning: '',
      excerpt: data.excerpt,
      notes: [],
    };
  }

  private kept(): ResultLine[] {
    const lines: ResultLine[] = [];
    for (const pending of this.pending) {
      if (pending.line === undefined) break; // in order: nothing after a line not loaded yet
      if (pending.line) lines.push(pending.line);
    }
    return lines;
  }

  /** Every line known so far, in the order shown (libs/search-answer.ts `orderLines`). */
  lines(): ResultLine[] {
    const kept = this.kept();
    return orderLines({
      codes: this.complete() ? this.codes : this.codes.filter((line) => line.kind !== 'nearest'),
      categories: this.categories,
      related: this.related,
      text: kept.filter((line) => line.kind === 'text'),
      inCategory: kept.filter((line) => line.kind === 'in-category'),
    });
  }

  /** How many lines the answer has, those not loaded yet included. */
  total(): number {
    return this.codes.length + this.categories.length + this.related.length + this.pending.filter((p) => p.line !== null).length;
  }
}

/** Whether a code passes the filters: the shards do not know a code's categories, so with a category chosen Pagefind answers alone. */
function passes(row: CodeRow, filters: Filters, manifest: SearchManifest): boolean {
  if (filters.category) return false;
  const [vendor, surface] = row.path.split('/');
  const vendorName = manifest.vendors.find((v) => v.slug === vendor)?.name;
  return (!filters.vendor || vendorName === filters.vendor) && (!filters.surface || manifest.surfaces[surface!] === filters.surface);
}
