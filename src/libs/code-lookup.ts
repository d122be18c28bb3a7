/**
 * Exact-code search: the catalog's codes split into small shards by their first two
 * characters, so the search box can answer a typed number from one small file instead
 * of a full-text round trip. Shared by the build (writing shards) and the browser
 * (reading them); knows nothing of either.
 */
import type { LookupRow } from './paste.ts';

/**
 * One code in a shard: what the paste reader answers from (libs/paste.ts `LookupRow`: the
 * code, the vendor's slug, the catalog's label, the first meaning shortened, an error name)
 * and the path of its page.
 */
export interface CodeRow extends LookupRow {
  /** Path of its page, relative to the site's base. */
  path: string;
  /** On a name's row: the anchor, on the code's page, of the first meaning with that name. */
  anchor?: string;
}

/** Codes are matched without their sign and case: `-10002` and `10002` share a shard. */
const bare = (code: string) => code.trim().replace(/^[+-]/, '').toLowerCase();

/** The shard a code or a query belongs to: its first two characters, sign dropped. */
export function shardKey(codeOrQuery: string): string | null {
  const key = bare(codeOrQuery).slice(0, 2);
  return /^[\p{L}\p{N}_]+$/u.test(key) ? key : null;
}

/** Shard file name for a key: letters and digits as they are, anything else hex-escaped. */
export function shardFile(key: string): string {
  return [...key].map((ch) => (/[a-z0-9]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}`)).join('');
}

export function groupIntoShards(rows: readonly CodeRow[]): Map<string, CodeRow[]> {
  const shards = new Map<string, CodeRow[]>();
  for (const row of rows) {
    const key = shardKey(row.name ?? row.code);
    if (key !== null) shards.set(key, [...(shards.get(key) ?? []), row]);
  }
  return shards;
}

/** Shortens a meaning for a result line at a word boundary. */
export function shorten(text: string, max = 140): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

/** The `count` codes numerically closest to `code` (for "did you mean" on a missing code). */
export function nearestCodes(code: string, rows: readonly CodeRow[], count = 5): CodeRow[] {
  const target = Number(code);
  if (!Number.isFinite(target)) return [];
  return rows
    .filter((row) => /^[+-]?\d+$/.test(row.code) && row.code !== code)
    .map((row) => ({ row, distance: Math.abs(Number(row.code) - target) }))
    .sort((a, b) => a.distance - b.distance || a.row.code.localeCompare(b.row.code))
    .slice(0, count)
    .map(({ row }) => row);
}

/**
 * Error names a meaning starts with, as vendors write them: `UNREGISTERED. The reason…`,
 * `BadCertificate: The certificate…`, `SENDER_ID_MISMATCH.`. A name is one word in
 * capitals, CamelCase or snake_case, followed by `.`, `:` or `,`.
 */
export function leadingErrorName(meaning: string): string | undefined {
  const name = /^([A-Za-z][A-Za-z0-9_]*)[.:,](?:\s|$)/.exec(meaning.trim())?.[1];
  return name && isErrorName(name) ? name : undefined;
}

/** A word shaped like an error name: snake_case, four or more capitals, or CamelCase of two words or more. */
export function isErrorName(word: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(word)
    && (/_/.test(word) || /^[A-Z]{4,}$/.test(word) || /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/.test(word));
}
