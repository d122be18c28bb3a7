/**
 * The search dialog's client. A typed code is answered from the exact-code shards
 * (one small JSON file, cached) before Pagefind is asked; Pagefind's full-text results
 * follow, without the 300 ms debounce of its default UI (stale answers are dropped).
 */
import { matchCodes, type CodeRow } from '../libs/code-lookup';
import { CodeShards } from './code-shards';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface Result {
  href: string;
  code: string;
  catalog: string;
  /** Plain text, or Pagefind's excerpt (HTML with <mark>, escaped by Pagefind). */
  meaning: string;
  meaningIsHtml: boolean;
}

const PAGEFIND_RESULTS = 10;

class SiteSearch extends HTMLElement {
  private readonly base = this.dataset.base ?? '/';
  private readonly dialog = this.querySelector('dialog')!;
  private readonly input = this.querySelector<HTMLInputElement>('input')!;
  private readonly list = this.querySelector<HTMLUListElement>('[role="listbox"]')!;
  private readonly status = this.querySelector<HTMLElement>('[role="status"]')!;
  private readonly selects = [...this.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  private readonly shards = new CodeShards(this.base);
  private pagefind: Promise<Pagefind> | undefined;
  private generation = 0;
  private active = -1;

  connectedCallback() {
    this.querySelector('[data-open]')!.addEventListener('click', () => this.open());
    this.querySelector('[data-close]')!.addEventListener('click', () => this.dialog.close());
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close();
    });
    window.addEventListener('keydown', (event) => {
      const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
      if (((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') || (event.key === '/' && !typing)) {
        event.preventDefault();
        this.dialog.open ? this.dialog.close() : this.open();
      }
    });
    this.input.addEventListener('input', () => void this.search());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    for (const select of this.selects) select.addEventListener('change', () => void this.search());
  }

  private open() {
    this.dialog.showModal();
    this.input.focus();
    this.input.select();
    void this.loadPagefind();
    void this.shards.rowsFor(this.input.value || '0');
  }

  private loadPagefind(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${this.base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: this.base });
      await pagefind.init();
      void this.fillFilters(pagefind);
      return pagefind;
    })();
    return this.pagefind;
  }

  private async fillFilters(pagefind: Pagefind) {
    const filters = await pagefind.filters();
    for (const select of this.selects) {
      for (const [value, count] of Object.entries(filters[select.dataset.filter!] ?? {})) {
        select.append(new Option(`${value} (${count})`, value));
      }
    }
  }

  private filters(): Record<string, string> {
    return Object.fromEntries(this.selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
  }

  private async search() {
    const generation = ++this.generation;
    const query = this.input.value.trim();
    if (query === '') return this.render([], '');
    const filters = this.filters();
    const codes = matchCodes(query, await this.shards.rowsFor(query)).filter((row) => this.passes(row, filters));
    if (generation !== this.generation) return;
    const exact: Result[] = codes.map((row) => ({
      href: `${this.base}${row.path}`, code: row.code, catalog: `${row.vendor} ${row.surface}`, meaning: row.meaning, meaningIsHtml: false,
    }));
    this.render(exact, exact.length > 0 ? `${exact.length} matching code${exact.length === 1 ? '' : 's'}; searching meanings…` : 'Searching…');

    const pagefind = await this.loadPagefind();
    const found = await pagefind.search(query, { filters });
    if (!found || generation !== this.generation) return;
    const pages = await Promise.all(found.results.slice(0, PAGEFIND_RESULTS).map((r) => r.data()));
    if (generation !== this.generation) return;
    const seen = new Set(exact.map((r) => r.href));
    const text: Result[] = pages.filter((page) => !seen.has(page.url)).map((page) => ({
      href: page.url, code: page.meta.code ?? page.meta.title ?? '', catalog: page.meta.catalog ?? '',
      meaning: page.excerpt, meaningIsHtml: true,
    }));
    const all = [...exact, ...text];
    this.render(all, all.length === 0 ? `No code or meaning matches “${query}”.` : `${all.length} result${all.length === 1 ? '' : 's'}`);
  }

  private passes(row: CodeRow, filters: Record<string, string>): boolean {
    // The exact-code rows do not know a code's categories: with a category chosen, Pagefind answers alone.
    if (filters.category) return false;
    return (!filters.vendor || row.vendor === filters.vendor) && (!filters.surface || row.surface === filters.surface);
  }

  private render(results: Result[], status: string) {
    this.status.textContent = status;
    this.list.replaceChildren(...results.map((result, i) => this.option(result, i)));
    this.input.setAttribute('aria-expanded', String(results.length > 0));
    this.select(results.length > 0 ? 0 : -1);
  }

  private option(result: Result, index: number): HTMLLIElement {
    const li = document.createElement('li');
    li.id = `site-search-option-${index}`;
    li.setAttribute('role', 'option');
    const a = document.createElement('a');
    a.href = result.href;
    a.tabIndex = -1;
    const code = Object.assign(document.createElement('span'), { className: 'result-code', textContent: result.code });
    const catalog = Object.assign(document.createElement('span'), { className: 'result-catalog', textContent: result.catalog });
    const meaning = document.createElement('span');
    meaning.className = 'result-meaning';
    // Pagefind's excerpt is text it escaped itself, with <mark> around the matches.
    if (result.meaningIsHtml) meaning.innerHTML = result.meaning;
    else meaning.textContent = result.meaning;
    a.append(code, catalog, meaning);
    a.addEventListener('click', () => this.dialog.close());
    li.append(a);
    return li;
  }

  private select(index: number) {
    const options = [...this.list.children];
    this.active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      this.input.setAttribute('aria-activedescendant', options[index]!.id);
      options[index]!.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private onKey(event: KeyboardEvent) {
    const count = this.list.children.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      this.select((this.active + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      this.select((this.active - 1 + count) % count);
    } else if (event.key === 'Enter' && this.active >= 0) {
      event.preventDefault();
      const link = this.list.children[this.active]?.querySelector('a');
      if (link) {
        this.dialog.close();
        location.href = link.href;
      }
    }
  }
}

customElements.define('site-search', SiteSearch);
