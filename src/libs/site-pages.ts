/**
 * Which pages and public files the site has: decided here, once. The routes in
 * `src/pages/` take their `getStaticPaths` from this list (each route the kinds it
 * renders), the files beside the pages (libs/site-files.ts) are the kinds Astro does not
 * render, and the published-URL list (libs/published-urls.ts) is every current path in it.
 * Paths come from libs/urls.ts. The search box's own files (the exact-code shards, its
 * manifest and Pagefind's index) are not pages: they are made with the search index.
 */
import { ACTION_SLUGS, type Action } from '../schemas/actions.ts';
import type { CatalogEntry, CatalogGroup } from '../schemas/catalog.ts';
import type { RemovedUrl } from './published-urls.ts';
import {
  aboutPath, actionPath, actionsPath, catalogPath, categoriesPath, categoryPath, codeJsonPath, codePagePath, codesJsonPath, codesSchemaPath, homePath,
  lookupPath, maintainersPath, numberPath, readSitePath, searchPath, vendorPath,
} from './urls.ts';

export interface SiteContent {
  /** The catalog's codes, in catalog order. */
  entries: readonly CatalogEntry[];
  /** The catalogs, in registry order. */
  groups: readonly CatalogGroup[];
  /** This site's categories (content/categories.yml), in file order. */
  categories: readonly { slug: string }[];
  /** Published URLs whose code has left the sources: each keeps a page (or a JSON file) that says so. */
  removed: readonly RemovedUrl[];
}

/** A removed code, as its published path names it. */
export interface RemovedCode {
  vendor: string;
  surface: string;
  code: string;
  /** The day it left the sources, YYYY-MM-DD. */
  removed: string;
}

/** A page that needs nothing but its kind. */
type PlainPage<K extends string> = K extends string ? { kind: K; path: string } : never;

export type SitePage =
  | PlainPage<'home' | 'about' | 'lookup' | 'search' | 'categories' | 'actions' | 'maintainers' | 'codes-json' | 'codes-schema'>
  | { kind: 'vendor'; path: string; vendor: string }
  | { kind: 'catalog'; path: string; group: CatalogGroup }
  | { kind: 'code'; path: string; entry: CatalogEntry }
  | { kind: 'code-json'; path: string; entry: CatalogEntry }
  /** A number several catalogs use: a page listing each. */
  | { kind: 'number'; path: string; code: string; entries: readonly CatalogEntry[] }
  /** A number one catalog uses: a small page that sends the reader on to that code. */
  | { kind: 'number-redirect'; path: string; entry: CatalogEntry }
  | { kind: 'category'; path: string; slug: string }
  /** One of the fixed actions: every code whose meanings call for it. */
  | { kind: 'action'; path: string; action: Action }
  | { kind: 'removed-code'; path: string; gone: RemovedCode }
  | { kind: 'removed-code-json'; path: string; gone: RemovedCode }
  | { kind: 'removed-number'; path: string; code: string; removed: string };

export type SitePageKind = SitePage['kind'];
export type SitePageOf<K extends SitePageKind> = Extract<SitePage, { kind: K }>;

/** Every page and public file of the site, each path once. */
export function sitePages({ entries, groups, categories, removed }: SiteContent): SitePage[] {
  const pages: SitePage[] = [
    { kind: 'home', path: homePath },
    { kind: 'about', path: aboutPath },
    { kind: 'lookup', path: lookupPath },
    { kind: 'search', path: searchPath },
    { kind: 'codes-json', path: codesJsonPath },
    { kind: 'codes-schema', path: codesSchemaPath },
    { kind: 'categories', path: categoriesPath },
    { kind: 'actions', path: actionsPath },
    { kind: 'maintainers', path: maintainersPath },
  ];
  for (const category of categories) pages.push({ kind: 'category', path: categoryPath(category.slug), slug: category.slug });
  // Every action has its page, codes or not: tools and tickets link to them by slug.
  for (const action of ACTION_SLUGS) pages.push({ kind: 'action', path: actionPath(action), action });
  for (const vendor of new Set(groups.map((g) => g.vendor))) pages.push({ kind: 'vendor', path: vendorPath(vendor), vendor });
  for (const group of groups) pages.push({ kind: 'catalog', path: catalogPath(group.vendor, group.surface), group });

  const byNumber = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    pages.push({ kind: 'code', path: codePagePath(entry), entry }, { kind: 'code-json', path: codeJsonPath(entry), entry });
    if (entry.numeric) byNumber.set(entry.code, [...(byNumber.get(entry.code) ?? []), entry]);
  }
  for (const [code, sharing] of byNumber) {
    pages.push(sharing.length > 1
      ? { kind: 'number', path: numberPath(code), code, entries: sharing }
      : { kind: 'number-redirect', path: numberPath(code), entry: sharing[0]! });
  }

  for (const { path, removed: date } of removed) {
    const named = readSitePath(path.slice(1));
    if (named?.kind === 'number') pages.push({ kind: 'removed-number', path: path.slice(1), code: named.code, removed: date });
    else if (named) {
      const gone = { vendor: named.vendor, surface: named.surface, code: named.code, removed: date };
      pages.push(named.kind === 'code-json' ? { kind: 'removed-code-json', path: path.slice(1), gone } : { kind: 'removed-code', path: path.slice(1), gone });
    }
  }
  return pages;
}

/** The pages of some kinds, typed: what one route renders, or the files one writer makes. */
export function pagesOf<K extends SitePageKind>(pages: readonly SitePage[], ...kinds: K[]): SitePageOf<K>[] {
  return pages.filter((page): page is SitePageOf<K> => (kinds as SitePageKind[]).includes(page.kind));
}

/** The site's current public paths (`/tpns/server/1008001/`): what content/published-urls.txt must keep alive. */
export function publicPaths(pages: readonly SitePage[]): string[] {
  return pages.filter((page) => !page.kind.startsWith('removed-')).map((page) => `/${page.path}`);
}
