/**
 * The categories as the pages look them up: built once from this site's reading that each
 * meaning of the catalog carries (libs/categories.ts `categorize` wrote it when the catalog
 * was read), so neither the rules nor their engine load where the pages render.
 */
import type { Category } from './categories.ts';
import type { Action } from '../schemas/actions.ts';
import type { CatalogEntry, Meaning } from '../schemas/catalog.ts';

/** A pin or an exclusion: a code (every meaning) or one meaning of it, 1-based in the order its page lists them. */
export function parseMeaningRef(ref: string): { id: string; position?: number } {
  const hash = ref.indexOf('#');
  return hash < 0 ? { id: ref } : { id: ref.slice(0, hash), position: Number(ref.slice(hash + 1)) };
}

/** A meaning of a code, as a category lists it. */
export interface MeaningRef {
  entry: CatalogEntry;
  meaning: Meaning;
  /** 1-based, in the order the code's page lists its meanings: the `#N` of a pin. */
  position: number;
}

/** A meaning in a category, and whether it was put there by hand rather than by a rule. */
export interface CategorizedMeaning extends MeaningRef {
  pinned: boolean;
}

/** A meaning that calls for an action, and the categories of it that do (in file order). */
export interface ActionMeaning<C> extends MeaningRef {
  categories: readonly C[];
}

/** What the index needs of a category: a compiled `Category` or a stored `CategoryDefinition`. */
export type CategoryInfo = Pick<Category, 'slug' | 'name' | 'means' | 'fix' | 'action'>;

type EntryRef = Pick<CatalogEntry, 'id'>;
type CategoryRef = Pick<Category, 'slug'>;

export interface CategoryIndex<C extends CategoryInfo = CategoryInfo> {
  /** In file order. */
  categories: readonly C[];
  bySlug: ReadonlyMap<string, C>;
  /** The code's categories: its meanings', in file order. */
  of(entry: EntryRef): readonly C[];
  /** One meaning's categories, in file order. */
  ofMeaning(entry: EntryRef, meaning: Pick<Meaning, 'id'>): readonly C[];
  /** The category's codes, in catalog order. */
  members(category: CategoryRef): readonly CatalogEntry[];
  /** The category's meanings, in catalog order: what its page lists, each at its anchor `meaning.id`. */
  meanings(category: CategoryRef): readonly CategorizedMeaning[];
  /**
   * The meanings one of whose categories calls for the action, in catalog order: what the
   * action's page lists. Their codes are those whose `actions` hold it.
   */
  withAction(action: Action): readonly ActionMeaning<C>[];
  /** Put in the category by hand only: no meaning of the code is there by a rule. */
  pinned(entry: EntryRef, category: CategoryRef): boolean;
  /**
   * Codes of other vendors in the same category: one per vendor (its most specific
   * code: fewest categories, then catalog order), vendors taken from the one after the
   * entry's in catalog order, round the list, so pages show different vendors first.
   */
  elsewhere(entry: CatalogEntry, category: CategoryRef, limit?: number): readonly CatalogEntry[];
  /** Meanings with words and no category, in catalog order: what a maintainer should look at. */
  uncategorized(): readonly MeaningRef[];
  /** Every code. */
  total: number;
  /** Codes with at least one category. */
  categorized: number;
  /** Codes with a description: at least one meaning that is not empty. */
  described: number;
  /** Codes with a description and at least one category. */
  describedCategorized: number;
}

const NONE: readonly never[] = [];

/**
 * What the pages look up, from the reading the catalog carries (`categorize`): maps built
 * once, no rule run again.
 */
export function indexCategories<C extends CategoryInfo>(entries: readonly CatalogEntry[], categories: readonly C[]): CategoryIndex<C> {
  const bySlug = new Map(categories.map((c) => [c.slug, c]));
  // A slug the list does not have (a catalog read with other categories) is left out.
  const resolve = (slugs: readonly string[]) => slugs.flatMap((slug) => bySlug.get(slug) ?? []);
  const inCategory = new Map<string, CategorizedMeaning[]>(categories.map((c) => [c.slug, []]));
  const members = new Map<string, CatalogEntry[]>(categories.map((c) => [c.slug, []]));
  /** `${slug} ${entry id}` of the codes a rule put in a category (on one of their meanings at least). */
  const byRule = new Set<string>();
  const uncategorized: MeaningRef[] = [];
  const byAction = new Map<Action, ActionMeaning<C>[]>();
  let described = 0;
  let describedCategorized = 0;

  for (const entry of entries) {
    entry.meanings.forEach((meaning, i) => {
      for (const slug of meaning.categories) {
        const pinned = meaning.pinned.includes(slug);
        inCategory.get(slug)?.push({ entry, meaning, position: i + 1, pinned });
        if (!pinned) byRule.add(`${slug} ${entry.id}`);
      }
      if (meaning.categories.length === 0 && !meaning.empty) uncategorized.push({ entry, meaning, position: i + 1 });
      const own = resolve(meaning.categories);
      for (const action of new Set(own.map((c) => c.action))) {
        let list = byAction.get(action);
        if (!list) byAction.set(action, (list = []));
        list.push({ entry, meaning, position: i + 1, categories: own.filter((c) => c.action === action) });
      }
    });
    for (const slug of entry.categories) members.get(slug)?.push(entry);
    if (entry.meanings.some((m) => !m.empty)) {
      described++;
      if (entry.categories.length > 0) describedCategorized++;
    }
  }

  const vendorOrder = [...new Set(entries.map((e) => e.vendor))];
  /** category → vendor → its most specific code there. */
  const representative = new Map<string, Map<string, CatalogEntry>>();
  for (const [slug, list] of members) {
    const best = new Map<string, CatalogEntry>();
    for (const entry of list) {
      const current = best.get(entry.vendor);
      if (!current || entry.categories.length < current.categories.length) best.set(entry.vendor, entry);
    }
    representative.set(slug, best);
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  const meaningOf = (entry: EntryRef, meaning: Pick<Meaning, 'id'>) => byId.get(entry.id)?.meanings.find((m) => m.id === meaning.id);

  return {
    categories,
    bySlug,
    of: (entry) => resolve(byId.get(entry.id)?.categories ?? NONE),
    ofMeaning: (entry, meaning) => resolve(meaningOf(entry, meaning)?.categories ?? NONE),
    members: (category) => members.get(category.slug) ?? NONE,
    meanings: (category) => inCategory.get(category.slug) ?? NONE,
    withAction: (action) => byAction.get(action) ?? NONE,
    pinned: (entry, category) => (byId.get(entry.id)?.categories.includes(category.slug) ?? false) && !byRule.has(`${category.slug} ${entry.id}`),
    elsewhere: (entry, category, limit = 5) => {
      const best = representative.get(category.slug);
      if (!best) return [];
      const start = vendorOrder.indexOf(entry.vendor) + 1;
      const order = [...vendorOrder.slice(start), ...vendorOrder.slice(0, start)].filter((v) => v !== entry.vendor);
      return order.flatMap((vendor) => best.get(vendor) ?? []).slice(0, limit);
    },
    uncategorized: () => uncategorized,
    total: entries.length,
    categorized: entries.filter((e) => e.categories.length > 0).length,
    described,
    describedCategorized,
  };
}
