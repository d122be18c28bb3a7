/** Pagefind's JS API (the site's own `pagefind/pagefind.js`), loaded once per page and base path. */

export interface PagefindResultData {
  /** The page's URL, base path included. */
  url: string;
  /** The record's whole text. */
  content: string;
  /** A bit of the text around the words found: text Pagefind escaped, with <mark> around them. */
  excerpt: string;
  meta: Record<string, string>;
}

export interface PagefindResult {
  /** The page's id: the same page has the same id in every search. */
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** A null term with filters lists every page the filters keep. */
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const loaded = new Map<string, Promise<Pagefind>>();

export function loadPagefind(base: string): Promise<Pagefind> {
  let pagefind = loaded.get(base);
  if (!pagefind) {
    pagefind = (async () => {
      const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await module.options({ baseUrl: base });
      await module.init();
      return module;
    })();
    loaded.set(base, pagefind);
  }
  return pagefind;
}
