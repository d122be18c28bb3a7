/**
 * The search dialog's client: opens on its button, `Ctrl K`, `⌘ K` or `/`, writes the
 * search panel into it the first time (libs/search-panel-markup.ts) and hands it to a
 * SearchPanel (scripts/search-panel.ts). The search manifest is fetched once the
 * page is idle, and opening the dialog starts loading Pagefind, so a first query or paste
 * is answered as soon as it is typed.
 */
// code-shards is the panel's own import too: imported here as well, the browser fetches the chunk it
// is bundled into together with the panel's, not after it (a round trip on a slow phone).
import { codeShardsOf } from './code-shards';
import { SearchPanel } from './search-panel';
import { searchPanelHtml } from '../libs/search-panel-markup';

class SiteSearch extends HTMLElement {
  private readonly dialog = this.querySelector('dialog')!;
  private panel: SearchPanel | undefined;

  connectedCallback() {
    // The manifest is 2 KB: fetched once the page is idle, a first search waits a round trip less.
    const prefetch = () => (window.requestIdleCallback ?? setTimeout)(() => void codeShardsOf(this.dataset.base ?? '/').manifest());
    if (document.readyState === 'complete') prefetch();
    else window.addEventListener('load', prefetch, { once: true });
    this.querySelector('[data-open]')!.addEventListener('click', () => this.open());
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
  }

  private open() {
    const panel = this.panelOf();
    this.dialog.showModal();
    panel.input.focus();
    panel.input.select();
    void panel.prepare();
  }

  /** The dialog's panel, written when it first opens. */
  private panelOf(): SearchPanel {
    if (this.panel) return this.panel;
    const frame = this.dialog.querySelector<HTMLElement>('.frame')!;
    frame.innerHTML = searchPanelHtml('site-search', 'close');
    frame.querySelector('[data-close]')!.addEventListener('click', () => this.dialog.close());
    this.panel = new SearchPanel(frame.querySelector<HTMLElement>('[data-search-panel]')!, {
      base: this.dataset.base ?? '/',
      onFollow: () => this.dialog.close(),
    });
    return this.panel;
  }
}

customElements.define('site-search', SiteSearch);
