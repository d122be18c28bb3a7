/**
 * The search page's client (pages/search/index.astro): answers the `q` of its URL (and its
 * filters) on load, and keeps the URL in step with the box, so the address is always a link
 * to the answer shown. Submitting the form only updates the URL.
 */
import { searchQueryPath, withBase } from '../libs/urls';
import { SearchPanel } from './search-panel';

const FILTERS = ['vendor', 'surface', 'category'];

class SearchPage extends HTMLElement {
  connectedCallback() {
    const base = this.dataset.base ?? '/';
    const panel = new SearchPanel(this.querySelector<HTMLElement>('[data-search-panel]')!, {
      base,
      onQuery: (query, filters) => history.replaceState(null, '', query.trim() === '' ? location.pathname : withBase(base, searchQueryPath(query, filters))),
    });
    this.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
    const params = new URLSearchParams(location.search);
    const filters = Object.fromEntries(FILTERS.flatMap((key) => (params.get(key) ? [[key, params.get(key)!]] : [])));
    void panel.prepare();
    const query = params.get('q') ?? '';
    if (query.trim() !== '') void panel.show(query, filters);
    else panel.input.focus();
  }
}

customElements.define('search-page', SearchPage);
