/**
 * The search panel's markup, written once: into the search page when it is built
 * (components/SearchPanel.astro), and into the search dialog when the dialog first opens
 * (scripts/site-search.ts), so that pages do not carry a dialog most readers never open
 * (350 B of a code page, gzipped). Driven by scripts/search-panel.ts: the box (a code, a
 * pasted log line or response body, or words), the vendor, surface and category filters,
 * the notices said first ("No code 12345 in any catalog"), the count, the results and
 * "Show all".
 */

/** What sits beside the box: the dialog's Close button, or the search page's Search button. */
export type SearchPanelBar = 'close' | 'submit';

const BARS: Record<SearchPanelBar, string> = {
  close: '<button type="button" data-close class="close">Close</button>',
  submit: '<button type="submit" class="code-button">Search</button>',
};

/** The panel's HTML; `id` prefixes its ids (one panel per id on a page) and is written as it is: a constant of the site's. */
export function searchPanelHtml(id: string, bar: SearchPanelBar): string {
  return [
    '<div class="search-panel not-content" data-search-panel>',
    '<div class="bar">',
    `<label for="${id}-input" class="sr-only">Code number or words, or a pasted log line</label>`,
    `<input class="code-input" id="${id}-input" name="q" type="search" role="combobox" aria-expanded="false" aria-controls="${id}-results"`,
    ' aria-autocomplete="list" autocomplete="off" spellcheck="false" placeholder="A code (503, -10002), a pasted log line, or words">',
    BARS[bar],
    '</div>',
    '<div class="filters">',
    '<label>Vendor <select data-filter="vendor"><option value="">All</option></select></label>',
    '<label>Surface <select data-filter="surface"><option value="">All</option></select></label>',
    `<label title="This site's reading of the meanings, not the vendors' words">Category <select data-filter="category"><option value="">All</option></select></label>`,
    '</div>',
    '<div class="search-notices" data-notices aria-live="polite"></div>',
    '<p class="status" role="status"></p>',
    `<ul id="${id}-results" class="results" role="listbox" aria-label="Results"></ul>`,
    '<p class="after"><button type="button" class="more" data-more hidden></button><a class="share" data-share href="#" hidden>Link to this search</a></p>',
    '</div>',
  ].join('');
}
