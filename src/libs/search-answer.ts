/**
 * What the search box shows for a query, labelled and in order: the pure part of the
 * search dialog, the search page and the home page's lookup box (src/scripts/ fetch and
 * render). It turns the paste reader's answers (libs/paste.ts) into result lines, says
 * first which codes are in no catalog, picks the words to ask Pagefind (never a whole long
 * paste), finds the categories a problem's words name, and orders and counts the lines.
 *
 * Every line says what kind of match it is and, for a paste, which bit of it it answers.
 * Everything here is plain text taken from the paste or the catalog: show it as text.
 */
import type { CodeRow } from './code-lookup.ts';
import type { ManifestCategory } from './search-manifest.ts';
import { stems, type Answer, type Candidate, type MatchKind, type Reading, type VendorWords } from './paste.ts';
import { categoryPath, withBase } from './urls.ts';

/** What kind of line: a paste reader's match, a category, a Pagefind text match, a code of a category found by name. */
export type LineKind = MatchKind | 'category' | 'text' | 'in-category';

export interface ResultLine {
  /** Where it links, base path included. */
  href: string;
  /** The code as its catalog writes it, or the category's name. */
  code: string;
  /** "Huawei server", or "Category" for a category. */
  catalog: string;
  kind: LineKind;
  /** What kind of match, as shown: "exact code", "other sign: 10002, not -10002", "text match". */
  label: string;
  /** The bit of the query it answers ("errCode=-10002", the words searched): shown as from “…”. */
  from?: string;
  /** The meaning as plain text (empty when `excerpt` is given). */
  meaning: string;
  /** Pagefind's excerpt: text Pagefind escaped, with <mark> around the words found. Render its text and marks only. */
  excerpt?: string;
  /** Doubts to show with it: a spelling the catalog writes otherwise, a paste that names another vendor. */
  notes: string[];
}

/** Most words of a paste sent to Pagefind, which answers pages that have them all. */
export const MAX_TEXT_TERMS = 6;
/** A query of up to this many words is a phrase (`token expired`), searched as typed and read for category names. */
const MAX_PHRASE_WORDS = 6;
const MAX_PHRASE_CHARS = 80;

const CATEGORY_LABEL = "category — this site's reading";

/** The paste reader's answers as lines, in its order (nearest codes last); `base` is the site's base path. */
export function codeLines(answers: readonly Answer<CodeRow>[], reading: Reading, base: string): ResultLine[] {
  return answers.map(({ row, kind, label, candidate, vendorNamed, notes }) => ({
    // A name's row lands on the row that has that name.
    href: `${withBase(base, row.path)}${kind === 'name' && row.anchor ? `#${row.anchor}` : ''}`,
    code: row.code,
    catalog: row.catalog,
    kind,
    label,
    ...fromOf(candidate, reading),
    meaning: row.meaning,
    notes: [...(candidate.note ? [candidate.note] : []), ...notes, ...(vendorNamed === false ? ['the paste names another vendor'] : [])],
  }));
}

const fromOf = (candidate: Candidate, reading: Reading) => (reading.bare ? {} : { from: candidate.source });

/** What to say before any result: each code-shaped candidate no catalog has, and a paste read only in part. */
export function notices(absent: readonly Candidate[], reading: Reading, maxChars: number): string[] {
  const lines = absent.map((candidate) => {
    const what = candidate.type === 'name' ? `error name ${candidate.value}` : `code ${candidate.value}`;
    return `No ${what} in any catalog${reading.bare ? '' : ` (from “${candidate.source}”)`}.`;
  });
  if (reading.truncated) lines.push(`Only the first ${maxChars.toLocaleString('en')} characters of the paste were read.`);
  return lines;
}

const wordsOf = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/** Words of a log that say nothing of the problem: searched, they find every code. */
const LOG_WORDS = new Set(
  'error errors err code codes status failed fail fails failure push pushes response request result message msg exception warning info debug send sent'.split(' '),
);

/**
 * The words to ask Pagefind: a query typed alone or a short phrase as it is; for a paste,
 * the first few words of its message (its `msg` texts, or its words that are neither keys
 * nor codes), less the vendors' words and a log's own (`error`, `failed`), else its best
 * candidate. Null when there is nothing to search.
 */
export function textQueryOf(query: string, reading: Reading, vendors: readonly VendorWords[] = []): string | null {
  const text = query.trim();
  if (text === '') return null;
  if (reading.bare) return text;
  if (reading.candidates.length === 0 && isPhrase(text)) return text;
  const vendorWords = new Set(vendors.flatMap((v) => v.words.map((word) => word.toLowerCase())));
  // Words of 3+ letters but stop words, and words of letters and digits (p12); Pagefind drops the punctuation anyway.
  const message = wordsOf(reading.message.replace(/[^\p{L}\p{N}_\s]+/gu, ' '))
    .filter((word) => !LOG_WORDS.has(word.toLowerCase()) && !vendorWords.has(word.toLowerCase()))
    .filter((word) => stems(word).length > 0 || (/\p{L}/u.test(word) && /\d/.test(word)));
  const distinct = [...new Map(message.map((word) => [word.toLowerCase(), word])).values()];
  if (distinct.length > 0) return distinct.slice(0, MAX_TEXT_TERMS).join(' ');
  return reading.candidates[0]?.value ?? null;
}

const isPhrase = (text: string) => text.length <= MAX_PHRASE_CHARS && wordsOf(text).length <= MAX_PHRASE_WORDS;

/** A category a query names: by its name (`quota`), or only by its one-line meaning (`traffic control`). */
export interface CategoryMatch<C> {
  category: C;
  by: 'name' | 'means';
}

/**
 * The categories a short query names (`quota`, `rate limit`, `token expired`,
 * `certificate`): those whose name has a word starting with each of the query's words;
 * if none, those whose name and one-line meaning have them. A paste (a code, a long
 * text) names none.
 */
export function matchCategories<C extends Pick<ManifestCategory, 'slug' | 'name' | 'means'>>(query: string, categories: readonly C[]): CategoryMatch<C>[] {
  const text = query.trim();
  if (!isPhrase(text)) return [];
  // Every word counts, digits too: "p12 password" names no category, though "password" alone would.
  const terms = (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).filter((word) => word.length >= 3 || /\d/.test(word))
    .map((word) => (/\d/.test(word) ? word : (stems(word)[0] ?? ''))).filter(Boolean);
  if (terms.length === 0) return [];
  const has = (words: readonly string[]) => terms.every((term) => words.some((word) => word.startsWith(term)));
  const byName = categories.filter((c) => has(stems(`${c.name} ${c.slug.replace(/-/g, ' ')}`)));
  if (byName.length > 0) return byName.map((category) => ({ category, by: 'name' }));
  return categories.filter((c) => has(stems(`${c.name} ${c.means}`))).map((category) => ({ category, by: 'means' }));
}

/** A category as a result line: its page, its name, what its codes mean and how many they are. */
export function categoryLine(category: ManifestCategory, base: string): ResultLine {
  return {
    href: withBase(base, categoryPath(category.slug)),
    code: category.name,
    catalog: 'Category',
    kind: 'category',
    label: CATEGORY_LABEL,
    meaning: `${category.means} ${category.codes} ${category.codes === 1 ? 'code' : 'codes'}.`,
    notes: [],
  };
}

/** How a code found through a category is labelled. */
export const inCategoryLabel = (category: Pick<ManifestCategory, 'name'>) => `in category ${category.name} — this site's reading`;

export interface LineGroups {
  /** The paste reader's, nearest codes included. */
  codes: readonly ResultLine[];
  /** Categories the query names by name, and by their one-line meaning only. */
  categories: readonly ResultLine[];
  related: readonly ResultLine[];
  text: readonly ResultLine[];
  inCategory: readonly ResultLine[];
}

/**
 * The lines in the order they are shown: the paste reader's matches, the categories named,
 * the text matches, the categories whose meaning has the words, the codes of the
 * categories, and last the codes nearest to a missing one (never a match). A page already
 * shown is not shown again.
 */
export function orderLines(groups: LineGroups): ResultLine[] {
  const matches = groups.codes.filter((line) => line.kind !== 'nearest');
  const nearest = groups.codes.filter((line) => line.kind === 'nearest');
  const seen = new Set<string>();
  return [...matches, ...groups.categories, ...groups.text, ...groups.related, ...groups.inCategory, ...nearest].filter((line) => {
    if (seen.has(line.href)) return false;
    seen.add(line.href);
    return true;
  });
}

/** The status line: the real count, and how many are shown when not all are. */
export function countLine(total: number, shown: number): string {
  const count = `${total} result${total === 1 ? '' : 's'}`;
  return shown < total ? `${count} · showing ${shown}` : count;
}
