/**
 * The catalog as the pages see it: the content collections read once per build, with the
 * indexes that link codes together and the list of the site's pages. The Astro-side twin
 * of libs/site-index.ts and libs/site-pages.ts.
 */
import { getCollection, getEntry } from 'astro:content';
import type { CatalogGroup } from '../schemas/catalog.ts';
import type { Surface, Vendor } from '../schemas/registry.ts';
import { buildSiteIndex, catalogLabeller, type SiteIndex } from '../libs/site-index.ts';
import type { CategoryDefinition } from '../libs/categories.ts';
import { indexCategories, type CategoryIndex } from '../libs/category-index.ts';
import { sitePages, type SitePage } from '../libs/site-pages.ts';
import { withBase } from '../libs/urls.ts';
import { whatToDoCoverage, type WhatToDoCoverage } from '../libs/what-to-do.ts';

export interface SiteData {
  index: SiteIndex;
  /** Each code's categories (content/categories.yml): this site's reading, not the vendors' words. */
  categories: CategoryIndex<CategoryDefinition>;
  /** How many described codes have a what to do (the source's advice or a category), and which have none. */
  whatToDo: WhatToDoCoverage;
  groups: CatalogGroup[];
  /** Vendors that have codes, in registry order. */
  vendors: Map<string, Vendor>;
  surfaces: Map<string, Surface>;
  /** "TPNS server", "Huawei server", "TPNS iOS SDK". */
  catalogLabel(vendor: string, surface: string): string;
  /** Every page and public file of the site (libs/site-pages.ts). */
  pages: SitePage[];
}

let cached: Promise<SiteData> | undefined;

/** Read once in a build; in `astro dev` every request reads again, so edits show. */
export function getSiteData(): Promise<SiteData> {
  if (import.meta.env.DEV) return loadSiteData();
  return (cached ??= loadSiteData());
}

async function loadSiteData(): Promise<SiteData> {
  const [codes, catalogs, categoryEntries, vendorEntries, surfaceEntries, removedUrls] = await Promise.all([
    getCollection('codes'), getCollection('catalogs'), getCollection('categories'), getCollection('vendors'), getCollection('surfaces'),
    getEntry('removedUrls', 'removed'),
  ]);
  const vendorById = new Map(vendorEntries.map((v) => [v.id, v.data]));
  const surfaces = new Map(surfaceEntries.map((s) => [s.id, s.data]));
  // Collections come sorted by id; the catalog's own order is the registry's.
  const groups = catalogs.map((c) => c.data).sort((a, b) => a.position - b.position);
  const vendorOrder = [...new Set(groups.map((g) => g.vendor))];
  const vendors = new Map(vendorOrder.map((slug) => [slug, vendorById.get(slug)!]));
  const byId = new Map(codes.map((c) => [c.id, c.data]));
  const entries = groups.flatMap((g) => g.entries.map((id: string) => byId.get(id)!));
  const catalogLabel = catalogLabeller({ vendor: (slug) => vendors.get(slug)?.name, surface: (slug) => surfaces.get(slug)?.name });
  // In the file's order; the catalog carries each meaning's (libs/categories.ts `categorize`).
  const categories = indexCategories(entries, categoryEntries.map((c) => c.data).sort((a, b) => a.line - b.line));
  const whatToDo = whatToDoCoverage(entries);
  const pages = sitePages({ entries, groups, categories: categories.categories, removed: removedUrls?.data.urls ?? [] });
  return { index: buildSiteIndex(entries, groups), categories, whatToDo, groups, vendors, surfaces, catalogLabel, pages };
}

/** A path inside the site, with the base path in front: `url('tpns/server/')`. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The public address of a path, when the site was built with SITE_URL; undefined otherwise (the build invents no origin). */
export function canonicalUrl(path: string): string | undefined {
  return import.meta.env.SITE ? new URL(url(path), import.meta.env.SITE).href : undefined;
}
