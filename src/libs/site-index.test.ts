import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../schemas/catalog.ts';
import { indexCategories } from './category-index.ts';
import { reasonsOf, summaryOf, ticketTexts } from './code-summary.ts';
import { defaultContentPaths, readContent } from './read-content.ts';
import { buildSiteIndex } from './site-index.ts';
import { adviceOf } from './what-to-do.ts';

const root = join(import.meta.dirname, '../..');
const { catalog, categories } = readContent(defaultContentPaths(root));

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
    const byCategory = indexCategories(proxy, categories);
    reads.watching = true;
    // What a code's page looks up, for every code: CodePage.astro and the components it
    // renders (WhatToDo, ReasonsTable, CopyButtons' words), as written there.
    for (const entry of catalog.entries) {
      index.neighbours(entry);
      index.sameCodeElsewhere(entry);
      index.byCode.get(entry.code);
      summaryOf(entry);
      reasonsOf(entry);
      ticketTexts(entry, 'catalog');
      adviceOf(entry, (slug) => byCategory.bySlug.get(slug));
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
