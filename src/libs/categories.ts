/**
 * Categories across vendors: this site's reading of what a meaning is about ("the
 * device token is no longer valid"), declared in `content/categories.yml` (schema and
 * rule syntax: `schemas/categories.ts`). Each meaning of a code (one row of one source)
 * gets the categories whose rules match its words, or that it is pinned to by hand; a
 * code's categories are its meanings'. Each category says what a program should do
 * (`ACTIONS`). Rules are RE2 patterns, so no rule can hang the build. The rules run once,
 * where the catalog is read (`categorize`); the pages index what the catalog then carries
 * (libs/category-index.ts, which loads neither the rule engine nor the YAML parser).
 */
import { RE2JS } from 're2js';
import { ACTION_SLUGS, type Action } from '../schemas/actions.ts';
import { categorySchema, categorySlugSchema, PATTERN_FLAGS, type CategoryData } from '../schemas/categories.ts';
import type { CatalogEntry, Meaning } from '../schemas/catalog.ts';
import { readContentText } from './content-files.ts';
import { indexCategories, parseMeaningRef, type CategoryIndex } from './category-index.ts';
import type { Diagnostic } from './diagnostics.ts';
import { issuePaths, parseYamlWithLines } from './yaml-lines.ts';

export const CATEGORIES_FILE = 'content/categories.yml';

/** One compiled pattern of a category. */
export interface Rule {
  /** As written in the file. */
  source: string;
  /** Whether it matches anywhere in the text, ignoring case; linear in the text's length. */
  test(text: string): boolean;
}

export interface Category {
  slug: string;
  name: string;
  means: string;
  fix: string;
  action: Action;
  /** Read in a meaning's wording (`meaningTexts`). */
  match: Rule[];
  /** Read in a meaning's solution columns. */
  advice: Rule[];
  /** Read in all its texts. */
  unless: Rule[];
  /** Its rules take only meanings no other category holds. */
  fallback: boolean;
  vendors?: string[] | undefined;
  surfaces?: string[] | undefined;
  /** As written: `{vendor}/{surface}/{code}` or `…#N` (see `parseMeaningRef`). */
  pin: string[];
  exclude: string[];
  /** The file and the 1-based line of something in this category's entry (its slug with no path). */
  file: string;
  lineOf(...path: (string | number)[]): number;
}

/**
 * A category as the file writes it (its rules as text) and where: plain data, so it can
 * be handed from the catalog's worker to the pages (src/build/) and stored in the content
 * layer; `compileCategory` makes it a `Category` again.
 */
export interface CategoryDefinition extends CategoryData {
  slug: string;
  file: string;
  /** The line of its slug in the file. */
  line: number;
}

export function definitionOf({ match, advice, unless, lineOf, ...rest }: Category): CategoryDefinition {
  return { ...rest, match: match.map((r) => r.source), advice: advice.map((r) => r.source), unless: unless.map((r) => r.source), line: lineOf() };
}

/** A category with its rules compiled; `lineOf` finds lines inside its entry when the YAML is at hand. */
export function compileCategory({ line, ...definition }: CategoryDefinition, lineOf: Category['lineOf'] = () => line): Category {
  return {
    ...definition,
    match: definition.match.map(compileRule),
    advice: definition.advice.map(compileRule),
    unless: definition.unless.map(compileRule),
    lineOf,
  };
}

export interface ParsedCategories {
  /** The valid categories, in file order; an invalid one is left out and reported. */
  categories: Category[];
  diagnostics: Diagnostic[];
}

const ACTION = 'each category is a slug with name, means, fix, action and optional match, advice, unless, fallback, vendors, surfaces, pin, exclude (see the top of the file)';

/** The categories file's text → its categories, each checked on its own so one bad entry does not hide the others. */
export function parseCategories(text: string, file = CATEGORIES_FILE): ParsedCategories {
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, message: string, action = ACTION) => diagnostics.push({ severity: 'error', file, line, message, action });
  const yaml = parseYamlWithLines(text);
  for (const error of yaml.errors) report(error.line, error.message, error.action ?? 'fix the YAML');
  if (yaml.errors.length > 0) return { categories: [], diagnostics };
  const { lineOf } = yaml;

  const value: unknown = yaml.value ?? {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(1, 'is not a mapping of categories', ACTION);
    return { categories: [], diagnostics };
  }
  const categories: Category[] = [];
  for (const [slug, data] of Object.entries(value as Record<string, unknown>)) {
    const slugIssue = categorySlugSchema.safeParse(slug).error?.issues[0];
    if (slugIssue) report(lineOf([slug]), `"${slug}": ${slugIssue.message}`);
    const parsed = categorySchema.safeParse(data);
    if (!parsed.success || slugIssue) {
      for (const issue of parsed.error?.issues ?? []) {
        const action = issue.code === 'custom' && typeof issue.params?.['action'] === 'string' ? issue.params['action'] : ACTION;
        for (const path of issuePaths(issue)) report(lineOf([slug, ...path]), `"${[slug, ...path.map(String)].join('.')}": ${issue.message}`, action);
      }
      continue;
    }
    categories.push(compileCategory({ slug, ...parsed.data, file, line: lineOf([slug]) }, (...path) => lineOf([slug, ...path])));
  }
  return { categories, diagnostics };
}

function compileRule(source: string): Rule {
  const re = RE2JS.compile(source, PATTERN_FLAGS);
  return { source, test: (text) => re.test(text) };
}

/** `content/categories.yml` under the project root. The file is optional: without it the site has no categories. */
export function readCategories(root: string, file = CATEGORIES_FILE): ParsedCategories {
  const read = readContentText(root, file);
  if (read.ok) return parseCategories(read.text, file);
  if (read.missing) return { categories: [], diagnostics: [] };
  return { categories: [], diagnostics: [{ severity: 'error', file, line: read.line, message: read.message,
    action: read.action ?? 'make it a readable file, or delete it to build the site without categories (see the README, "Categories")' }] };
}

/**
 * The texts rules read in a meaning. `wording` says what went wrong: its text (the
 * description, or the first non-empty column when there is none) and every column but
 * the API and solution columns. `advice` is what the vendor says to do: its solution columns.
 */
export function meaningTexts(meaning: Pick<Meaning, 'text' | 'columns'>): { wording: string[]; advice: string[] } {
  const wording = [meaning.text, ...meaning.columns.filter((c) => c.role !== 'api' && c.role !== 'solution').map((c) => c.text)];
  const advice = meaning.columns.filter((c) => c.role === 'solution').map((c) => c.text);
  const distinct = (texts: string[]) => [...new Set(texts.filter((t) => t !== ''))];
  return { wording: distinct(wording), advice: distinct(advice) };
}

/** Whether any of the rules matches a text: one RE2 alternation of them all, so a text is read once per list. */
function anyOf(rules: readonly Rule[]): (text: string) => boolean {
  if (rules.length === 0) return () => false;
  try {
    const re = RE2JS.compile(rules.map((r) => `(?:${r.source})`).join('|'), PATTERN_FLAGS);
    return (text) => re.test(text);
  } catch {
    return (text) => rules.some((r) => r.test(text)); // each compiles alone; too large together
  }
}

/** Whether a category's rules (not the hand edits) take a meaning of an entry. */
type RuleMatcher = (entry: Pick<CatalogEntry, 'vendor' | 'surface'>, meaning: Meaning, category: Category) => boolean;

function ruleMatcher(categories: readonly Category[]): RuleMatcher {
  const compiled = new Map(categories.map((c) => [c, { match: anyOf(c.match), advice: anyOf(c.advice), unless: anyOf(c.unless) }]));
  const texts = new WeakMap<Meaning, { wording: string[]; advice: string[] }>();
  const textsOf = (meaning: Meaning) => {
    let found = texts.get(meaning);
    if (!found) texts.set(meaning, (found = meaningTexts(meaning)));
    return found;
  };
  return (entry, meaning, category) => {
    if (category.vendors && !category.vendors.includes(entry.vendor)) return false;
    if (category.surfaces && !category.surfaces.includes(entry.surface)) return false;
    const rules = compiled.get(category);
    if (!rules || meaning.empty) return false;
    const { wording, advice } = textsOf(meaning);
    return (wording.some(rules.match) || advice.some(rules.advice)) && !wording.some(rules.unless) && !advice.some(rules.unless);
  };
}

/** A category's pins or exclusions, per code: every meaning (`'all'`) or the listed positions. */
type RefsByCode = Map<string, 'all' | Set<number>>;

function refsByCode(refs: readonly string[]): RefsByCode {
  const byCode: RefsByCode = new Map();
  for (const ref of refs) {
    const { id, position } = parseMeaningRef(ref);
    const current = byCode.get(id);
    if (position === undefined || current === 'all') byCode.set(id, 'all');
    else byCode.set(id, (current ?? new Set()).add(position));
  }
  return byCode;
}

const covers = (refs: RefsByCode, entryId: string, position: number) => {
  const found = refs.get(entryId);
  return found === 'all' || (found?.has(position) ?? false);
};

/** Why a category concerns a meaning: its rules take it, it is pinned, and whether it holds it after the hand edits. */
interface Placement {
  category: Category;
  held: boolean;
  pinned: boolean;
  byRule: boolean;
}

/**
 * A meaning's placements, for the categories whose rules take it or that pin it: the
 * ordinary categories first, then the fallback ones, whose rules count only when no
 * ordinary category holds the meaning.
 */
function meaningPlacer(categories: readonly Category[]): (entry: CatalogEntry, meaning: Meaning, position: number) => Placement[] {
  const matches = ruleMatcher(categories);
  const hand = categories.map((category) => ({ category, pin: refsByCode(category.pin), exclude: refsByCode(category.exclude) }));
  const ordinary = hand.filter((h) => !h.category.fallback);
  const fallbacks = hand.filter((h) => h.category.fallback);
  return (entry, meaning, position) => {
    const placements: Placement[] = [];
    const place = ({ category, pin, exclude }: (typeof hand)[number], byRule: boolean) => {
      const pinned = covers(pin, entry.id, position);
      if (pinned || byRule) placements.push({ category, pinned, byRule, held: pinned || !covers(exclude, entry.id, position) });
    };
    for (const h of ordinary) place(h, matches(entry, meaning, h.category));
    const alone = !placements.some((p) => p.held);
    for (const h of fallbacks) place(h, alone && matches(entry, meaning, h.category));
    return placements;
  };
}

/** Where a pin or an exclusion points: the code and the 1-based positions of its meanings. */
function resolveRef(ref: string, byId: ReadonlyMap<string, CatalogEntry>): { entry?: CatalogEntry; positions: number[] } {
  const { id, position } = parseMeaningRef(ref);
  const entry = byId.get(id);
  if (!entry) return { positions: [] };
  const all = entry.meanings.map((_, i) => i + 1);
  return { entry, positions: position === undefined ? all : all.filter((p) => p === position) };
}

export interface KnownSlugs {
  vendors: Iterable<string>;
  surfaces: Iterable<string>;
}

/**
 * What the schema cannot know: that every pinned or excluded code (and meaning) is in
 * the catalog, that restrictions name real vendors and surfaces. Warnings for hand edits
 * that do nothing (pinning what the rules already match, excluding what they do not).
 */
export function checkCategories(categories: readonly Category[], entries: readonly CatalogEntry[], known: KnownSlugs): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const slugs = { vendors: new Set(known.vendors), surfaces: new Set(known.surfaces) };
  const place = meaningPlacer(categories);
  for (const category of categories) {
    const report = (severity: Diagnostic['severity'], line: number, message: string, action: string) =>
      diagnostics.push({ severity, file: category.file, line, message, action });
    for (const field of ['vendors', 'surfaces'] as const) {
      category[field]?.forEach((slug, i) => {
        if (!slugs[field].has(slug)) {
          report('error', category.lineOf(field, i), `"${category.slug}.${field}": no ${field.slice(0, -1)} "${slug}"`,
            `use a slug of content/${field}.yml: ${[...slugs[field]].join(', ')}`);
        }
      });
    }
    const pinned = refsByCode(category.pin);
    for (const field of ['pin', 'exclude'] as const) {
      category[field].forEach((ref, i) => {
        const line = category.lineOf(field, i);
        const { entry, positions } = resolveRef(ref, byId);
        if (!entry) {
          const { id } = parseMeaningRef(ref);
          const code = id.slice(id.lastIndexOf('/') + 1);
          const near = entries.filter((e) => e.slug === code).map((e) => e.id);
          report('error', line, `"${category.slug}.${field}": no code ${id} in the catalog`,
            near.length > 0 ? `did you mean ${near.join(' or ')}?` : 'write an id as in the code page\'s URL: {vendor}/{surface}/{code}');
          return;
        }
        if (positions.length === 0) {
          const count = entry.meanings.length;
          const where = entry.meanings.map((m, p) => `#${p + 1} ${m.source.file}:${m.source.line}`).join(', ');
          report('error', line, `"${category.slug}.${field}": ${entry.id} has ${count} meaning${count === 1 ? '' : 's'}, no ${ref.slice(entry.id.length)}`,
            `write #1${count > 1 ? ` to #${count}` : ''} (in the order its page lists them: ${where}), or ${entry.id} alone for all of them`);
          return;
        }
        const byRule = positions.filter((p) => place(entry, entry.meanings[p - 1]!, p).some((x) => x.category === category && x.byRule));
        if (field === 'exclude' && positions.some((p) => covers(pinned, entry.id, p))) {
          report('error', line, `"${category.slug}": ${ref} is both pinned and excluded`, 'keep it in one of the two lists (one meaning alone is {code}#N)');
        } else if (field === 'pin' && byRule.length === positions.length) {
          report('warning', line, `"${category.slug}.pin": the rules already put ${ref} here`, 'the pin does nothing; remove it');
        } else if (field === 'exclude' && byRule.length === 0) {
          report('warning', line, `"${category.slug}.exclude": no rule puts ${ref} here`, 'the exclusion does nothing; remove it');
        }
      });
    }
    if (category.match.length === 0 && category.advice.length === 0 && category.pin.length === 0) {
      report('warning', category.lineOf(), `"${category.slug}" has no match or advice rules and no pins`, 'it gets no code; add rules or remove it');
    }
  }
  return diagnostics;
}

/**
 * Runs the rules once over every meaning, and writes this site's reading on the catalog:
 * each meaning's categories (file order), those it was pinned to by hand, and its action
 * (its first category's: the file's order says which wins when they differ); each code's
 * categories and distinct actions (in the order of `ACTIONS`). Done once, where the
 * catalog is read (libs/read-content.ts); everything after reads what the catalog carries.
 */
export function categorize(entries: readonly CatalogEntry[], categories: readonly Category[]): void {
  const place = meaningPlacer(categories);
  const fileOrder = new Map(categories.map((c, i) => [c.slug, i]));
  const action = new Map(categories.map((c) => [c.slug, c.action]));
  const inFileOrder = (slugs: Iterable<string>) => [...new Set(slugs)].sort((a, b) => fileOrder.get(a)! - fileOrder.get(b)!);
  for (const entry of entries) {
    entry.meanings.forEach((meaning, i) => {
      const held = place(entry, meaning, i + 1).filter((p) => p.held);
      meaning.categories = inFileOrder(held.map((p) => p.category.slug));
      meaning.pinned = inFileOrder(held.filter((p) => p.pinned).map((p) => p.category.slug));
      meaning.action = meaning.categories.length > 0 ? action.get(meaning.categories[0]!)! : null;
    });
    entry.categories = inFileOrder(entry.meanings.flatMap((m) => m.categories));
    entry.actions = ACTION_SLUGS.filter((a) => entry.meanings.some((m) => m.categories.some((slug) => action.get(slug) === a)));
  }
}

/** `categorize`, then `indexCategories`: for callers that have the compiled categories at hand (scripts, tests). */
export function buildCategoryIndex(entries: readonly CatalogEntry[], categories: readonly Category[]): CategoryIndex<Category> {
  categorize(entries, categories);
  return indexCategories(entries, categories);
}
