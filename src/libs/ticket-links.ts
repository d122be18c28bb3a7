/**
 * What a code page copies for a ticket. The link is the page's own address as the reader
 * sees it (or the public one when the site was built with SITE_URL), and the words come
 * from the sources: as Markdown they are escaped, so a meaning that reads like Markdown
 * (`x](https://evil.example) [`) stays text and never becomes a link to another host.
 * Used in the browser: no Node imports.
 */

/**
 * Text for a Markdown link's label: the characters that could end the label, start
 * emphasis, code, HTML, strikethrough or a table cell are escaped; nothing else, so it stays
 * readable where Markdown is not rendered. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&').replace(/\s+/g, ' ').trim();
}

/** `[label](url)`, the label escaped and the URL's parentheses and spaces encoded so that it ends the link where it should. */
export function markdownLink(label: string, url: string): string {
  return `[${escapeMarkdown(label)}](${url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}

/** The address to copy: the public one when there is one, else the page's own, without its query or fragment. */
export function pageLink(canonical: string | undefined, location: Pick<Location, 'origin' | 'pathname'>): string {
  return canonical || `${location.origin}${location.pathname}`;
}
