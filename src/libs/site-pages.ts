/**
 * Which pages and public files the site has: decided here, once. The routes in
 * `src/pages/` take their `getStaticPaths` from this list (each route the kinds it
 * renders), the files beside the pages (libs/site-files.ts) are the kinds Astro does not
 * render, and the published-URL list (libs/published-urls.ts) is every current path in it.
 * Paths come from libs/urls.ts. The search box's own files (the exact-code shards, its
 * manifest and Pagefind's index) are not pages: they are made with the search index.
 *
 * A long list (a catalog's codes, a category's or an action's meanings, what the
 * categories miss) is split into pages here (libs/list-pages.ts): its first page keeps
 * the list's address, the others (`…-page` kinds) are `…/page/2/` and on.
 */
import { ACTION_SLUGS, type Action } from '../schemas/actions.ts';
import type { CatalogEntry, CatalogGroup } from '../schemas/catalog.ts';
import { indexCategories, type CategoryInfo } from './category-index.ts';
import { summaryOf } from './code-summary.ts';
import { actionRowBytes, catalogRowBytes, catalogSourcesBytes, meaningRowBytes, paginate, textBytes, type ListPart, type ListPosition } from './list-pages.ts';
import type { RemovedUrl } from './published-urls.ts';
import {
  aboutPath, actionPath, actionsPath, catalogPath, categoriesPath, categoryPath, codeJsonPath, codePagePath, codesJsonPath, codesSchemaPath, homePath,
  listPagePath, lookupPath, maintainersPath, numberPath, readSitePath, searchPath, vendorPath,
} from './urls.ts';
import { vendorAdvice, whatToDoCoverage } from './what-to-do.ts';

export interface SiteContent {
  /** The catalog's codes, in catalog order. */
  entries: readonly CatalogEntry[];
  /** The catalogs, in registry order. */
  groups: readonly CatalogGroup[];
  /** This site's categories (content/categories.yml), in file order. */
  categories: readonly CategoryInfo[];
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
/** A page of a list (its first, or a later one), with what the list is of. */
type ListPage<K extends string, Of> = K extends string ? { kind: K; path: string; list: ListPosition } & Of : never;

export type SitePage =
  | PlainPage<'home' | 'about' | 'lookup' | 'search' | 'categories' | 'actions' | 'codes-json' | 'codes-schema'>
  | { kind: 'vendor'; path: string; vendor: string }
  /** A catalog's table of codes: its first page, then (`catalog-page`) the others. */
  | ListPage<'catalog' | 'catalog-page', { group: CatalogGroup }>
  | { kind: 'code'; path: string; entry: CatalogEntry }
  | { kind: 'code-json'; path: string; entry: CatalogEntry }
  /** A number several catalogs use: a page listing each. */
  | { kind: 'number'; path: string; code: string; entries: readonly CatalogEntry[] }
  /** A number one catalog uses: a small page that sends the reader on to that code. */
  | { kind: 'number-redirect'; path: string; entry: CatalogEntry }
  /** A category's meanings (libs/category-index.ts `meanings`). */
  | ListPage<'category' | 'category-page', { slug: string }>
  /** One of the fixed actions: every meaning that calls for it (`withAction`). */
  | ListPage<'action' | 'action-page', { action: Action }>
  /** What the categories miss: the described codes with no what to do (libs/what-to-do.ts), then the meanings with no category (`uncategorized`), as one list. */
  | ListPage<'maintainers' | 'maintainers-page', object>
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
  ];
  const index = indexCategories(entries, categories);
  const categoryOf = (slug: string) => index.bySlug.get(slug);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const { missing } = whatToDoCoverage(entries);
  const missed = paginate([
    ...missing.map((entry) => meaningRowBytes(entry, { id: '', text: summaryOf(entry)?.text ?? '' })),
    ...index.uncategorized().map(({ entry, meaning }) => meaningRowBytes(entry, meaning, textBytes(vendorAdvice(meaning).map((c) => c.text).join(' ')))),
  ], (bytes) => bytes);
  pages.push(...listPages(missed, (n) => listPagePath(maintainersPath, n), (list) => ({ kind: list.number === 1 ? 'maintainers' : 'maintainers-page', list })));
  for (const { slug } of categories) {
    const parts = paginate(index.meanings({ slug }), ({ entry, meaning }) => meaningRowBytes(entry, meaning));
    pages.push(...listPages(parts, (n) => categoryPath(slug, n), (list) => ({ kind: list.number === 1 ? 'category' : 'category-page', slug, list })));
  }
  // Every action has its page, codes or not: tools and tickets link to them by slug.
  for (const action of ACTION_SLUGS) {
    const parts = paginate(index.withAction(action), ({ entry, meaning, categories: from }) => actionRowBytes(entry, meaning, from));
    pages.push(...listPages(parts, (n) => actionPath(action, n), (list) => ({ kind: list.number === 1 ? 'action' : 'action-page', action, list })));
  }
  for (const vendor of new Set(groups.map((g) => g.vendor))) pages.push({ kind: 'vendor', path: vendorPath(vendor), vendor });
  for (const group of groups) {
    const parts = paginate(group.entries, (id) => catalogRowBytes(byId.get(id)!, categoryOf), catalogSourcesBytes(group));
    pages.push(...listPages(parts, (n) => catalogPath(group.vendor, group.surface, n), (list) => ({ kind: list.number === 1 ? 'catalog' : 'catalog-page', group, list })));
  }

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

/** A list's pages, each at its path, made by `page` from its position. */
function listPages<P extends SitePage>(parts: ListPart[], pathOf: (n: number) => string, page: (list: ListPosition) => Omit<P, 'path'>): P[] {
  return parts.map((_, i) => ({ ...page({ number: i + 1, parts }), path: pathOf(i + 1) }) as P);
}

/** The pages of some kinds, typed: what one route renders, or the files one writer makes. */
export function pagesOf<K extends SitePageKind>(pages: readonly SitePage[], ...kinds: K[]): SitePageOf<K>[] {
  return pages.filter((page): page is SitePageOf<K> => (kinds as SitePageKind[]).includes(page.kind));
}

/**
 * The site's current public paths (`/tpns/server/1008001/`): what content/published-urls.txt
 * must keep alive. A list's later pages are not among them: which rows a page number
 * holds changes with the sources, so links go to a code, or to a list's first page.
 */
export function publicPaths(pages: readonly SitePage[]): string[] {
  return pages.filter((page) => !page.kind.startsWith('removed-') && !page.kind.endsWith('-page')).map((page) => `/${page.path}`);
}
