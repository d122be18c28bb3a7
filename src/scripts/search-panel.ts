/**
 * A search box and its answer (components/SearchPanel.astro): the dialog's and the search
 * page's. Each query is a SearchRun: the paste reader's lines at once from the shards,
 * then Pagefind's, with no debounce (stale answers are dropped). It says first which
 * codes are in no catalog, labels every line with its kind of match and the bit of the
 * paste it answers, shows the real count with the rest one click away, suggests the
 * categories when nothing matches, and links the search (`search/?q=…`). Text from the
 * paste, the catalog or Pagefind is set as text, never as HTML.
 */
import { countLine, type ResultLine } from '../libs/search-answer';
import type { SearchManifest } from '../libs/search-manifest';
import { categoryPath, searchQueryPath, withBase } from '../libs/urls';
import { codeShardsOf } from './code-shards';
import { loadPagefind, type Pagefind } from './pagefind';
import { keepPastedLines, readLines, showLines } from './paste-input';
import { SearchRun, type Filters } from './search-run';

// For the lookup box: taken from here, they are bundled with the panel, which every page loads, rather than in a chunk of their own.
export { keepPastedLines, readLines } from './paste-input';

/** Pagefind's lines shown before "Show all". */
const FIRST_TEXT_LINES = 10;
const FILTER_KEYS = ['vendor', 'surface', 'category'] as const;

export interface SearchPanelOptions {
  /** The site's base path, `/` or `/errors/`. */
  base: string;
  /** Each new query and its filters (the search page keeps them in its URL). */
  onQuery?(query: string, filters: Filters): void;
  /** A result is being followed (the dialog closes). */
  onFollow?(): void;
}

export class SearchPanel {
  readonly input: HTMLInputElement;
  private readonly options: SearchPanelOptions;
  private readonly shards;
  private readonly list: HTMLUListElement;
  private readonly status: HTMLElement;
  private readonly notices: HTMLElement;
  private readonly more: HTMLButtonElement;
  private readonly share: HTMLAnchorElement;
  private readonly selects: HTMLSelectElement[];
  private prepared: Promise<void> | undefined;
  private generation = 0;
  private active = -1;
  private run: SearchRun | undefined;
  /** The answer on screen, whose picked line a new render keeps. */
  private rendered: SearchRun | undefined;
  private showAll = false;
  private manifest: Pick<SearchManifest, 'categories'> = { categories: [] };

  constructor(root: HTMLElement, options: SearchPanelOptions) {
    this.options = options;
    this.shards = codeShardsOf(options.base);
    this.input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    this.list = root.querySelector<HTMLUListElement>('[role="listbox"]')!;
    this.status = root.querySelector<HTMLElement>('[role="status"]')!;
    this.notices = root.querySelector<HTMLElement>('[data-notices]')!;
    this.more = root.querySelector<HTMLButtonElement>('[data-more]')!;
    this.share = root.querySelector<HTMLAnchorElement>('[data-share]')!;
    this.selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
    keepPastedLines(this.input);
    this.input.addEventListener('input', () => void this.search());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    for (const select of this.selects) select.addEventListener('change', () => void this.search());
    this.more.addEventListener('click', () => void this.showEverything());
  }

  /** Starts loading what a search needs: the manifest first (the first answer waits on it), then Pagefind. */
  prepare(): Promise<void> {
    this.prepared ??= this.shards.manifest().then(() => loadPagefind(this.options.base)).then((pagefind) => this.fillFilters(pagefind), () => {});
    return this.prepared;
  }

  /** The query as the reader sees it, line breaks included. */
  query(): string {
    return readLines(this.input.value);
  }

  /** Puts a query (and filters) in the box and answers it: a `?q=` URL. */
  async show(query: string, filters: Filters = {}): Promise<void> {
    this.input.value = showLines(query);
    if (Object.values(filters).some(Boolean)) {
      await this.prepare();
      for (const select of this.selects) select.value = filters[select.dataset.filter!] ?? '';
    }
    await this.search();
  }

  private async fillFilters(pagefind: Pagefind) {
    const filters = await pagefind.filters();
    for (const select of this.selects) {
      for (const [value, count] of Object.entries(filters[select.dataset.filter!] ?? {})) {
        select.append(new Option(`${value} (${count})`, value));
      }
    }
  }

  private filters(): Filters {
    return Object.fromEntries(this.selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
  }

  private async search() {
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    const query = this.query();
    const filters = this.filters();
    this.showAll = false;
    this.options.onQuery?.(query, filters);
    this.share.href = withBase(this.options.base, searchQueryPath(query, filters));
    this.share.hidden = query.trim() === '';
    if (query.trim() === '') {
      this.run = undefined;
      return this.render();
    }
    const run = await SearchRun.start(this.shards, query, filters, this.options.base);
    this.manifest = await this.shards.manifest();
    if (!current()) return;
    this.run = run;
    this.render();
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind(this.options.base);
    } catch {
      run.textDone = true;
      return this.render(' Words could not be searched: the search index did not load.');
    }
    if (!current()) return;
    await run.searchText(pagefind, filters, FIRST_TEXT_LINES, () => {
      if (current()) this.render();
    });
    if (!current()) return;
    this.render();
    await run.loadShortAnswer();
    if (current()) this.render();
  }

  private async showEverything() {
    const run = this.run;
    if (!run) return;
    this.showAll = true;
    this.render();
    while (run === this.run && !run.complete()) {
      await run.loadMore(() => {
        if (run === this.run) this.render();
      });
    }
  }

  /** The lines shown: every code and category line, Pagefind's first lines unless all are asked for. */
  private visible(run: SearchRun): ResultLine[] {
    if (this.showAll) return run.lines();
    let fromPagefind = 0;
    return run.lines().filter((line) => {
      if (line.kind === 'text' || line.kind === 'in-category') return ++fromPagefind <= FIRST_TEXT_LINES;
      // The nearest codes come after Pagefind's lines: shown with them when none is cut.
      return line.kind !== 'nearest' || fromPagefind <= FIRST_TEXT_LINES;
    });
  }

  private render(problem = '') {
    const run = this.run;
    const lines = run ? this.visible(run) : [];
    const total = run?.total() ?? 0;
    this.notices.replaceChildren(...(run?.notices ?? []).map((text) => paragraph('notice', text)));
    if (run?.counted() && total === 0) this.suggestCategories();
    if (!run) this.status.textContent = '';
    // Until the count is final, no count: a short answer's duplicates are dropped as it loads.
    else if (!run.counted()) this.status.textContent = 'Searching meanings…';
    else if (total === 0) this.status.textContent = `No code or meaning matches “${shortened(run.query)}”.${problem}`;
    else this.status.textContent = `${countLine(total, lines.length)}${problem}`;
    // A new answer starts at its first line; more lines of the same answer keep the one picked.
    const keep = run === this.rendered && this.active >= 0 ? Math.min(this.active, lines.length - 1) : 0;
    this.rendered = run;
    this.list.replaceChildren(...lines.map((line, i) => this.option(line, i)));
    this.input.setAttribute('aria-expanded', String(lines.length > 0));
    this.select(lines.length === 0 ? -1 : keep);
    this.more.hidden = !run?.counted() || lines.length >= total;
    this.more.textContent = `Show all ${total} results`;
  }

  /** Nothing matched: the categories, to look by problem. */
  private suggestCategories() {
    const { categories } = this.manifest;
    if (categories.length === 0) return;
    const suggestion = paragraph('suggestion', 'Look by problem instead: ');
    categories.forEach((category, i) => {
      if (i > 0) suggestion.append(' · ');
      suggestion.append(Object.assign(document.createElement('a'), { href: withBase(this.options.base, categoryPath(category.slug)), textContent: category.name }));
    });
    suggestion.append(" (this site's reading of the vendors' words).");
    this.notices.append(suggestion);
  }

  /** A result: the link itself is the listbox's option (a link inside an option would nest two controls). */
  private option(line: ResultLine, index: number): HTMLLIElement {
    const a = document.createElement('a');
    a.id = `${this.input.id.replace(/-input$/, '')}-option-${index}`;
    a.setAttribute('role', 'option');
    a.dataset.kind = line.kind;
    a.href = line.href;
    a.tabIndex = -1;
    const match = span('result-match', line.label);
    if (line.from) match.append(span('result-from', ` · from “${line.from}”`));
    const meaning = span('result-meaning', line.meaning);
    if (line.excerpt) appendExcerpt(meaning, line.excerpt);
    a.append(span('result-code', line.code), span('result-catalog', line.catalog), match, meaning, ...line.notes.map((note) => span('result-note', note)));
    a.addEventListener('click', () => this.options.onFollow?.());
    const li = document.createElement('li');
    li.setAttribute('role', 'none');
    li.append(a);
    return li;
  }

  /** Marks option `index` active; `scroll` brings it into view (arrow keys; a new answer starts at the top). */
  private select(index: number, scroll = false) {
    const options = [...this.list.querySelectorAll('[role="option"]')];
    this.active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      this.input.setAttribute('aria-activedescendant', options[index]!.id);
      if (scroll) options[index]!.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private onKey(event: KeyboardEvent) {
    const count = this.list.children.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      this.select((this.active + 1) % count, true);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      this.select((this.active - 1 + count) % count, true);
    } else if (event.key === 'Enter' && this.active >= 0) {
      event.preventDefault();
      const link = this.list.children[this.active]?.querySelector('a');
      if (link) {
        this.options.onFollow?.();
        location.href = link.href;
      }
    }
  }
}

const span = (className: string, text: string) => Object.assign(document.createElement('span'), { className, textContent: text });
const paragraph = (className: string, text: string) => Object.assign(document.createElement('p'), { className, textContent: text });
const shortened = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/**
 * Pagefind's excerpt (text it escaped, <mark> around the words found) as text and marks
 * only: parsed in an inert document, anything but text and <mark> kept as its text.
 */
function appendExcerpt(target: HTMLElement, excerpt: string) {
  const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
  for (const node of body.childNodes) {
    if (node.nodeName === 'MARK') target.append(Object.assign(document.createElement('mark'), { textContent: node.textContent ?? '' }));
    else target.append(node.textContent ?? '');
  }
}
