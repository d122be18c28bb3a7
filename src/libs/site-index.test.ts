import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../schemas/catalog.ts';
import { buildCategoryIndex, readCategories } from './categories.ts';
import { defaultContentPaths, readContent } from './read-content.ts';
import { buildSiteIndex, headlineOf } from './site-index.ts';

const root = join(import.meta.dirname, '../..');
const { catalog } = readContent(defaultContentPaths(root));
const { categories } = readCategories(root);

/** The catalog's entries, counting every read of them once `watching` is set. */
function watchedEntries(entries: readonly CatalogEntry[]) {
  const reads = { watching: false, count: 0 };
  const proxy = new Proxy([...entries], {
    get(target, key, receiver) {
      if (reads.watching) reads.count++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { proxy, reads };
}

describe('site index', () => {
  it('answers what a code page asks through indexes built once, never by reading the whole catalog', () => {
    const { proxy, reads } = watchedEntries(catalog.entries);
    const index = buildSiteIndex(proxy, catalog.groups);
    const byCategory = buildCategoryIndex(proxy, categories);
    reads.watching = true;
    // What CodePage.astro looks up, for every code.
    for (const entry of catalog.entries) {
      index.neighbours(entry);
      index.sameCodeElsewhere(entry);
      index.byCode.get(entry.code);
      headlineOf(entry);
      for (const category of byCategory.of(entry)) {
        byCategory.elsewhere(entry, category, 5);
        void byCategory.members(category).length;
      }
    }
    expect(reads.count).toBe(0);
  });

  it('knows each code\'s neighbours in its catalog and the same number elsewhere', () => {
    const index = buildSiteIndex(catalog.entries, catalog.groups);
    const huawei = index.byId.get('huawei/server/80300007')!;
    expect(index.sameCodeElsewhere(huawei).map((e) => e.id)).toEqual(['honor/server/80300007']);
    const group = catalog.groups.find((g) => g.id === 'huawei/server')!;
    const at = group.entries.indexOf(huawei.id);
    expect(index.neighbours(huawei).previous?.id).toBe(group.entries[at - 1]);
    expect(index.neighbours(huawei).next?.id).toBe(group.entries[at + 1]);
  });
});
