/**
 * Categories across vendors: this site's reading of what a code is about ("the device
 * token is no longer valid"), declared in `content/categories.yml` (schema:
 * `schemas/categories.ts`). A code gets a category when a rule matches the words of one
 * of its meanings, or when it is pinned to it by hand; a code excluded by hand never
 * gets it. Nothing here knows Astro: the pages get a `CategoryIndex` built once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categorySchema, categorySlugSchema } from '../schemas/categories.ts';
import type { CatalogEntry, Meaning } from '../schemas/catalog.ts';
import type { Diagnostic } from './diagnostics.ts';
import { issuePaths, parseYamlWithLines } from './yaml-lines.ts';

export const CATEGORIES_FILE = 'content/categories.yml';

export interface Category {
  slug: string;
  name: string;
  means: string;
  fix: string;
  /** Case-insensitive. */
  match: RegExp[];
  unless: RegExp[];
  vendors?: string[] | undefined;
  surfaces?: string[] | undefined;
  pin: string[];
  exclude: string[];
  /** The file and the 1-based line of something in this category's entry (its slug with no path). */
  file: string;
  lineOf(...path: (string | number)[]): number;
}

export interface ParsedCategories {
  /** The valid categories, in file order; an invalid one is left out and reported. */
  categories: Category[];
  diagnostics: Diagnostic[];
}

const ACTION = 'each category is a slug with name, means, fix and optional match, unless, vendors, surfaces, pin, exclude (see the top of the file)';

/** The categories file's text → its categories, each checked on its own so one bad entry does not hide the others. */
export function parseCategories(text: string, file = CATEGORIES_FILE): ParsedCategories {
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, message: string, action = ACTION) => diagnostics.push({ severity: 'error', file, line, message, action });
  const yaml = parseYamlWithLines(text);
  for (const error of yaml.errors) report(error.line, `is not valid YAML: ${error.message}`, 'fix the YAML');
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
        for (const path of issuePaths(issue)) report(lineOf([slug, ...path]), `"${[slug, ...path.map(String)].join('.')}": ${issue.message}`);
      }
      continue;
    }
    const category = parsed.data;
    categories.push({
      slug,
      ...category,
      match: category.match.map((source) => new RegExp(source, 'i')),
      unless: category.unless.map((source) => new RegExp(source, 'i')),
      file,
      lineOf: (...path) => lineOf([slug, ...path]),
    });
  }
  return { categories, diagnostics };
}

/** `content/categories.yml` under the project root; a missing file is an error like any other. */
export function readCategories(root: string, file = CATEGORIES_FILE): ParsedCategories {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch (error) {
    return { categories: [], diagnostics: [{ severity: 'error', file, line: 1, message: `cannot be read: ${(error as Error).message.split('\n')[0]}`,
      action: 'create it: one category per slug (see the README, "Categories")' }] };
  }
  return parseCategories(text, file);
}

export interface KnownSlugs {
  vendors: Iterable<string>;
  surfaces: Iterable<string>;
}

/**
 * What the schema cannot know: that every pinned or excluded id is a code of the
 * catalog, that restrictions name real vendors and surfaces. Warnings for hand edits
 * that do nothing (pinning a code the rules already match, excluding one they do not).
 */
export function checkCategories(categories: readonly Category[], entries: readonly CatalogEntry[], known: KnownSlugs): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const slugs = { vendors: new Set(known.vendors), surfaces: new Set(known.surfaces) };
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
    for (const field of ['pin', 'exclude'] as const) {
      category[field].forEach((id, i) => {
        const line = category.lineOf(field, i);
        const entry = byId.get(id);
        if (!entry) {
          const code = id.slice(id.lastIndexOf('/') + 1);
          const near = entries.filter((e) => e.slug === code).map((e) => e.id);
          report('error', line, `"${category.slug}.${field}": no code ${id} in the catalog`,
            near.length > 0 ? `did you mean ${near.join(' or ')}?` : 'write an id as in the code page\'s URL: {vendor}/{surface}/{code}');
          return;
        }
        if (field === 'exclude' && category.pin.includes(id)) {
          report('error', line, `"${category.slug}": ${id} is both pinned and excluded`, 'keep it in one of the two lists');
        } else if (field === 'pin' && matchesRules(entry, category)) {
          report('warning', line, `"${category.slug}.pin": the rules already put ${id} here`, 'the pin does nothing; remove it');
        } else if (field === 'exclude' && !matchesRules(entry, category)) {
          report('warning', line, `"${category.slug}.exclude": no rule puts ${id} here`, 'the exclusion does nothing; remove it');
        }
      });
    }
    if (category.match.length === 0 && category.pin.length === 0) {
      report('warning', category.lineOf(), `"${category.slug}" has neither match rules nor pins`, 'it gets no code; add rules or remove it');
    }
  }
  return diagnostics;
}

/** The texts a rule reads in a meaning: its description and, where the source has one, its English descriptor. */
export function ruleTexts(meaning: Meaning): string[] {
  const texts = [meaning.text, ...meaning.columns.filter((c) => c.key === 'descriptor').map((c) => c.text)];
  return [...new Set(texts.filter((t) => t !== ''))];
}

/** Whether the category's rules (not the hand edits) put the entry in it. */
export function matchesRules(entry: CatalogEntry, category: Category): boolean {
  if (category.vendors && !category.vendors.includes(entry.vendor)) return false;
  if (category.surfaces && !category.surfaces.includes(entry.surface)) return false;
  return entry.meanings.some((meaning) => ruleTexts(meaning).some((text) =>
    category.match.some((re) => re.test(text)) && !category.unless.some((re) => re.test(text))));
}

/** Whether the entry is in the category, and why. */
export function placement(entry: CatalogEntry, category: Category): 'pinned' | 'rule' | undefined {
  if (category.pin.includes(entry.id)) return 'pinned';
  if (category.exclude.includes(entry.id)) return undefined;
  return matchesRules(entry, category) ? 'rule' : undefined;
}

export interface CategoryIndex {
  /** In file order. */
  categories: readonly Category[];
  bySlug: ReadonlyMap<string, Category>;
  /** The entry's categories, in file order. */
  of(entry: Pick<CatalogEntry, 'id'>): readonly Category[];
  /** The category's codes, in catalog order. */
  members(category: Pick<Category, 'slug'>): readonly CatalogEntry[];
  /** Put in the category by hand rather than by a rule. */
  pinned(entry: Pick<CatalogEntry, 'id'>, category: Pick<Category, 'slug'>): boolean;
  /**
   * Codes of other vendors in the same category: one per vendor (its most specific
   * code: fewest categories, then catalog order), vendors taken from the one after the
   * entry's in catalog order, round the list, so pages show different vendors first.
   */
  elsewhere(entry: CatalogEntry, category: Pick<Category, 'slug'>, limit?: number): readonly CatalogEntry[];
  total: number;
  /** Codes with at least one category. */
  categorized: number;
}

/** Every entry's categories, computed once; entries in catalog order. */
export function buildCategoryIndex(entries: readonly CatalogEntry[], categories: readonly Category[]): CategoryIndex {
  const ofEntry = new Map<string, Category[]>();
  const members = new Map<string, CatalogEntry[]>(categories.map((c) => [c.slug, []]));
  const pinned = new Set<string>();
  for (const entry of entries) {
    const found: Category[] = [];
    for (const category of categories) {
      const why = placement(entry, category);
      if (!why) continue;
      found.push(category);
      members.get(category.slug)!.push(entry);
      if (why === 'pinned') pinned.add(`${category.slug} ${entry.id}`);
    }
    ofEntry.set(entry.id, found);
  }

  const vendorOrder = [...new Set(entries.map((e) => e.vendor))];
  /** category → vendor → its most specific code there. */
  const representative = new Map<string, Map<string, CatalogEntry>>();
  for (const [slug, list] of members) {
    const best = new Map<string, CatalogEntry>();
    for (const entry of list) {
      const current = best.get(entry.vendor);
      if (!current || ofEntry.get(entry.id)!.length < ofEntry.get(current.id)!.length) best.set(entry.vendor, entry);
    }
    representative.set(slug, best);
  }

  return {
    categories,
    bySlug: new Map(categories.map((c) => [c.slug, c])),
    of: (entry) => ofEntry.get(entry.id) ?? [],
    members: (category) => members.get(category.slug) ?? [],
    pinned: (entry, category) => pinned.has(`${category.slug} ${entry.id}`),
    elsewhere: (entry, category, limit = 5) => {
      const best = representative.get(category.slug);
      if (!best) return [];
      const start = vendorOrder.indexOf(entry.vendor) + 1;
      const order = [...vendorOrder.slice(start), ...vendorOrder.slice(0, start)].filter((v) => v !== entry.vendor);
      return order.flatMap((vendor) => best.get(vendor) ?? []).slice(0, limit);
    },
    total: entries.length,
    categorized: [...ofEntry.values()].filter((list) => list.length > 0).length,
  };
}

/** Path of a category's page, relative to the site's base: `category/invalid-token/`. */
export const categoryPath = (category: Pick<Category, 'slug'>) => `category/${category.slug}/`;

/** The build's one line about coverage: "categories: 312 of 417 codes (75%) have a category; 105 have none". */
export function coverageLine(index: Pick<CategoryIndex, 'total' | 'categorized'>): string {
  const share = index.total === 0 ? 0 : Math.round((100 * index.categorized) / index.total);
  return `categories: ${index.categorized} of ${index.total} codes (${share}%) have a category; ${index.total - index.categorized} have none`;
}
