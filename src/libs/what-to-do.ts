/**
 * What to do about a code, meaning by meaning: the source's own advice (its solution or
 * cause column: the vendor's words) and this site's reading (the fix of each of the
 * meaning's categories, and its action). Meanings that give the same answer are grouped,
 * so a code whose meanings disagree shows each answer once. Also the coverage the build
 * reports: how many described codes have something to say on what to do.
 */
import type { Action } from '../schemas/actions.ts';
import type { CatalogEntry, Meaning } from '../schemas/catalog.ts';
import type { CategoryInfo } from './category-index.ts';

/** The source's solution columns of a meaning that say something ("Solution", "Call Method", "Cause and Solution": libs/column-roles.ts): the vendor's words on what to do. */
export function vendorAdvice(meaning: Pick<Meaning, 'columns'>): Meaning['columns'] {
  return meaning.columns.filter((column) => column.role === 'solution' && column.text.trim() !== '');
}

/** One meaning of a code, with its 1-based position in the order its page lists them. */
export interface PlacedMeaning {
  meaning: Meaning;
  position: number;
}

/** One answer to "what to do", and the meanings of a code that give it. */
export interface Advice<C extends CategoryInfo = CategoryInfo> {
  /** In the order the page lists them. */
  meanings: PlacedMeaning[];
  /** The vendor's words: the advice columns of each meaning that has them (the same texts in every one). */
  vendor: { meaning: Meaning; columns: Meaning['columns'] }[];
  /** This site's reading: the meanings' categories, in file order, each with its `fix`. */
  categories: C[];
  /** The meanings' `action` (their first category's), null without a category. */
  action: Action | null;
  /** Every distinct action of the categories, `action` first: a meaning in two categories may call for two things. */
  actions: Action[];
  /** The source gives no description: nothing to read, so no advice. */
  empty: boolean;
}

/**
 * A code's answers, in the order of its first meaning that gives each: meanings with the
 * same vendor advice (by text), the same categories and the same emptiness share one.
 */
export function adviceOf<C extends CategoryInfo>(entry: Pick<CatalogEntry, 'meanings'>, categoryOf: (slug: string) => C | undefined): Advice<C>[] {
  const answers = new Map<string, Advice<C>>();
  entry.meanings.forEach((meaning, i) => {
    const columns = vendorAdvice(meaning);
    const key = JSON.stringify([meaning.empty, columns.map((c) => c.text.trim()), meaning.categories]);
    let answer = answers.get(key);
    if (!answer) {
      const categories = meaning.categories.map(categoryOf).filter((c) => c !== undefined);
      const actions = [...new Set([...(meaning.action ? [meaning.action] : []), ...categories.map((c) => c.action)])];
      answers.set(key, (answer = { meanings: [], vendor: [], categories, action: meaning.action, actions, empty: meaning.empty }));
    }
    answer.meanings.push({ meaning, position: i + 1 });
    if (columns.length > 0) answer.vendor.push({ meaning, columns });
  });
  return [...answers.values()];
}

/** Whether the sources or this site say what to do about a meaning: a vendor's advice column, or a category. */
export const hasWhatToDo = (meaning: Pick<Meaning, 'columns' | 'categories'>) => meaning.categories.length > 0 || vendorAdvice(meaning).length > 0;

export interface WhatToDoCoverage {
  /** Codes with a description: at least one meaning that is not empty. */
  described: number;
  /** …of which this many have a what to do (`hasWhatToDo`) on at least one meaning. */
  covered: number;
  /** …and this many a category. */
  categorized: number;
  /** The described codes with no what to do, in catalog order. */
  missing: CatalogEntry[];
}

export function whatToDoCoverage(entries: readonly CatalogEntry[]): WhatToDoCoverage {
  const described = entries.filter((e) => e.meanings.some((m) => !m.empty));
  const missing = described.filter((e) => !e.meanings.some(hasWhatToDo));
  return { described: described.length, covered: described.length - missing.length, categorized: described.filter((e) => e.categories.length > 0).length, missing };
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.floor((100 * part) / whole));
const have = (count: number) => `${count} ${count === 1 ? 'has' : 'have'}`;

/**
 * The coverage in a sentence, as the maintainers' page shows it: "410 of 416 described
 * codes (98%) have a what to do - the source's advice or a category (409 have a category); 6 have none".
 */
export function whatToDoSummary({ described, covered, categorized }: WhatToDoCoverage): string {
  return `${covered} of ${described} described codes (${percent(covered, described)}%) have a what to do - the source's advice or a category `
    + `(${have(categorized)} a category); ${have(described - covered)} none`;
}

/**
 * The build's one line: the summary, then the codes with none, the first `listed` of them
 * (`where` says where the rest are): "what to do: 410 of 416 … 6 have none: tpns/server/1008026, …".
 */
export function whatToDoLine(coverage: WhatToDoCoverage, where: string, listed = 10): string {
  const ids = coverage.missing.slice(0, listed).map((e) => e.id);
  const more = coverage.missing.length - ids.length;
  const list = ids.length === 0 ? '' : `: ${ids.join(', ')}${more > 0 ? ` and ${more} more` : ''} (see ${where})`;
  return `what to do: ${whatToDoSummary(coverage)}${list}`;
}
