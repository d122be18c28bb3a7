/**
 * What a code is summed up by, in one line: the lead of its page, its title in previews
 * and copied links, `summary` in codes.json. Usually the meaning the page leads with
 * (libs/site-index.ts `headlineOf`), its error name before it when a name column gives
 * one; for a code a table splits into named reasons (APNs 400: `BadDeviceToken`,
 * `BadTopic`…), never one reason alone but the source's own words for the code and the
 * number of reasons ("Bad request (12 reasons)"), or the first names.
 */
import type { CatalogEntry, Meaning } from '../schemas/catalog.ts';
import { headlineOf } from './site-index.ts';

export interface CodeSummary {
  text: string;
  /** The same, with the cell's sanitized HTML where it comes from one cell. */
  html: string;
  /** The distinct names of its reasons, when the summary counts them. */
  reasons?: string[];
}

/** The names a name column gives the code's rows, each once, in source order. */
export function columnNamesOf(entry: Pick<CatalogEntry, 'meanings'>): string[] {
  return [...new Set(entry.meanings.filter(hasColumnName).map((m) => m.name!))];
}

/** The meanings of a code that carry an error name (from a name column, or leading their text), when there are several. */
export function reasonsOf(entry: Pick<CatalogEntry, 'meanings'>): Meaning[] {
  const named = entry.meanings.filter((m) => m.name !== null);
  return named.length > 1 ? named : [];
}

/** A reason as the code page's table of reasons shows it: its name, its meaning (without the name it starts with), what to do. */
export function reasonRow(meaning: Meaning): { name: string; meaning: string; solution: string } {
  const name = meaning.name ?? '';
  const leading = meaning.text.startsWith(name) ? /^[.:,]\s*/.exec(meaning.text.slice(name.length)) : null;
  return {
    name,
    meaning: leading ? meaning.text.slice(name.length + leading[0].length) : meaning.text,
    solution: meaning.columns.filter((c) => c.role === 'solution' && c.text !== '').map((c) => c.text).join(' '),
  };
}

export function summaryOf(entry: Pick<CatalogEntry, 'meanings'>): CodeSummary | undefined {
  const names = columnNamesOf(entry);
  if (names.length > 1) {
    const own = headlineOf({ meanings: entry.meanings.filter((m) => m.name === null) });
    const count = `${names.length} reasons`;
    if (own) return { text: `${own.text} (${count})`, html: `${own.html} (${count})`, reasons: names };
    const listed = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    return { text: `${count}: ${listed}`, html: escapeHtml(`${count}: ${listed}`), reasons: names };
  }
  const headline = headlineOf(entry);
  if (!headline) return undefined;
  const name = nameBefore(headline);
  return name ? { text: `${name}: ${headline.text}`, html: `${escapeHtml(name)}: ${headline.html}` } : { text: headline.text, html: headline.html };
}

/**
 * What a code's copy buttons copy for a ticket, but the link (components/CopyButtons.astro
 * adds the page's address): "TPNS server 1008001 — Parameter parse error" as the Markdown
 * link's words, and the plain text's lines.
 */
export function ticketTexts(entry: Pick<CatalogEntry, 'code' | 'meanings'>, catalog: string): { label: string; lines: string[] } {
  const summary = summaryOf(entry)?.text ?? 'no description in the source';
  return { label: `${catalog} ${entry.code} — ${summary}`, lines: [`${entry.code} · ${catalog}`, summary] };
}

/**
 * The name to show before a meaning's text where a list gives the text alone (a catalog's
 * table, a number's page): its name column's cell, unless the text already starts with it.
 */
export function nameBefore(meaning: Meaning): string | undefined {
  return hasColumnName(meaning) && !meaning.text.startsWith(meaning.name!) ? meaning.name! : undefined;
}

/** The meaning's name is its name column's cell (rather than the name its text starts with). */
function hasColumnName(meaning: Meaning): boolean {
  return meaning.name !== null && meaning.columns.some((c) => c.role === 'name' && c.text === meaning.name);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
