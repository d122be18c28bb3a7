/**
 * Exact-code search: the catalog's codes split into small shards by the first characters
 * of the code (or error name), so the search box can answer a typed number from one small
 * file instead of a full-text round trip. Shared by the build (writing shards:
 * `groupIntoShards`) and the browser (finding a query's shard: `shardFileFor`), so the two
 * cannot drift apart; knows nothing of either.
 *
 * The shard of a code is first its two characters (`10`), sign and case dropped. A shard
 * whose JSON would pass `SHARD_MAX_BYTES` is split by one more character (`100`, `101`…),
 * again where that is still too much; a split shard keeps the rows of its own key (the
 * code `100` itself). A query reads the shard of the longest listed key its code starts
 * with. So that no answer depends on how a prefix was split, a shard also carries the few
 * rows of other shards of the same two characters that answers may need: a split shard,
 * the first "starts with" rows of its prefix; every shard, the codes nearest to the
 * numbers that land in it ("nearest to … — not a match").
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

/** Most bytes of a shard's JSON, split further when a prefix is crowded (one code's rows alone may pass it). */
export const SHARD_MAX_BYTES = 100 * 1024;
/** Most "starts with" answers for a typed code, and "nearest" answers per missing code (libs/paste.ts `answerReading`). */
export const PREFIX_ANSWERS = 8;
export const NEAREST_ANSWERS = 3;
/**
 * Rows on each side of the numbers landing in a shard that it carries, so that the nearest
 * codes are the same whatever the split: `NEAREST_ANSWERS`, and two more in case other
 * codes of the same paste are among them (those are answered already and skipped).
 */
const NEIGHBOURS = NEAREST_ANSWERS + 2;

/** The shard a code or a query belongs to before any split: its first two characters, sign dropped. */
export function shardKey(codeOrQuery: string): string | null {
  const key = bare(codeOrQuery).slice(0, 2);
  return /^[\p{L}\p{N}_]+$/u.test(key) ? key : null;
}

/**
 * Where a code or query sits in the index: sign and case dropped, and a hex number's
 * leading zeros too (`0x001F` with `0x1F`: the same value, one "same value" answer).
 */
function shardPath(codeOrQuery: string): string {
  const path = bare(codeOrQuery);
  return /^0x[0-9a-f]+$/.test(path) ? `0x${path.slice(2).replace(/^0+(?=.)/, '')}` : path;
}

/** The key whose shard answers a code or query (`shardFileFor`), before any split; two queries with the same one need the same shard. */
export function shardPathOf(codeOrQuery: string): string | null {
  return shardKey(codeOrQuery) === null ? null : shardPath(codeOrQuery);
}

/**
 * Shard file name for a key: letters and digits as they are, anything else hex-escaped
 * between underscores (`ü1` → `_fc_1`), so that no two keys share a file.
 */
export function shardFile(key: string): string {
  return [...key].map((ch) => (/[a-z0-9]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`)).join('');
}

/**
 * The shard file that answers a code or query, among the listed ones (the search
 * manifest's): the longest key its code starts with, the two-character key at least.
 * Null when no shard could hold it.
 */
export function shardFileFor(codeOrQuery: string, listed: ReadonlySet<string>): string | null {
  const key = shardKey(codeOrQuery);
  if (key === null) return null;
  const path = shardPath(codeOrQuery);
  const deeper = [...path.slice(key.length)];
  for (let n = deeper.length; n >= 0; n--) {
    const file = shardFile(key + deeper.slice(0, n).join(''));
    if (listed.has(file)) return file;
  }
  return null;
}

/**
 * The files that answer a code or query, in order: its shard (`shardFileFor`) and, when
 * one code's or name's rows did not fit in one file, the shard's further parts.
 */
export function shardFilesFor(codeOrQuery: string, listed: ReadonlySet<string>): string[] {
  const file = shardFileFor(codeOrQuery, listed);
  if (file === null) return [];
  const files = [file];
  while (listed.has(partFile(file, files.length + 1))) files.push(partFile(file, files.length + 1));
  return files;
}

/** Part `n` (from 2) of a shard's file: `payloadtoolarge-2` (a file name of `shardFile` has no `-`). */
const partFile = (file: string, n: number) => `${file}-${n}`;

/**
 * The exact-code index's files, file name → rows: each shard (`groupIntoShards`) at
 * `shardFile(key)`, and where one code's or one name's rows alone pass `maxBytes` (a name
 * that leads hundreds of meanings), cut into parts of at most `maxBytes`, fetched together.
 */
export function shardFiles(rows: readonly CodeRow[], maxBytes = SHARD_MAX_BYTES): Map<string, CodeRow[]> {
  const files = new Map<string, CodeRow[]>();
  for (const [key, list] of groupIntoShards(rows, maxBytes)) {
    const parts: CodeRow[][] = [[]];
    let bytes = 1;
    for (const row of list) {
      const size = utf8Length(JSON.stringify(row)) + 1;
      if (bytes + size > maxBytes && parts.at(-1)!.length > 0) {
        parts.push([]);
        bytes = 1;
      }
      parts.at(-1)!.push(row);
      bytes += size;
    }
    parts.forEach((part, i) => files.set(i === 0 ? shardFile(key) : partFile(shardFile(key), i + 1), part));
  }
  return files;
}

/**
 * The exact-code index as shards, key → rows (in the order given: catalog order), each
 * shard's JSON within `maxBytes` unless its rows are one code's or one name's (`shardFiles`
 * cuts those into parts). Named rows go by their name. Keys are in the order their first
 * row came.
 */
export function groupIntoShards(rows: readonly CodeRow[], maxBytes = SHARD_MAX_BYTES): Map<string, CodeRow[]> {
  const roots = new Map<string, Placed[]>();
  rows.forEach((row, order) => {
    const key = shardKey(row.name ?? row.code);
    if (key === null) return;
    let list = roots.get(key);
    if (!list) roots.set(key, (list = []));
    list.push({ row, order, path: shardPath(row.name ?? row.code), bytes: utf8Length(JSON.stringify(row)) + 1 });
  });
  const shards = new Map<string, CodeRow[]>();
  for (const [key, placed] of roots) splitShard(key, placed, new RootNumbers(placed), maxBytes, shards);
  return shards;
}

/** A row where the index puts it: its position in the catalog, its path (`shardPath`), and its bytes in a shard's JSON. */
interface Placed {
  row: CodeRow;
  order: number;
  path: string;
  bytes: number;
}

/**
 * Writes the shard of `key` (rows whose path starts with it) into `shards`, or, when its
 * JSON would pass `maxBytes`, a shard of the rows of `key` itself and the shards of each
 * next character. Answers must not depend on the split: see `previewOf` and `RootNumbers`.
 */
function splitShard(key: string, placed: Placed[], numbers: RootNumbers, maxBytes: number, shards: Map<string, CodeRow[]>): void {
  const whole = withExtra(placed, numbers.around(key, 'prefix'));
  const deeper = placed.filter((p) => p.path.length > key.length);
  if (deeper.length === 0 || bytesOf(whole) <= maxBytes) {
    if (whole.length > 0) shards.set(key, rowsOf(whole));
    return;
  }
  const own = placed.filter((p) => p.path.length === key.length);
  shards.set(key, rowsOf(withExtra(own, [...previewOf(key, placed, numbers), ...numbers.around(key, 'exact')])));
  const next = new Map<string, Placed[]>();
  for (const p of deeper) {
    const child = key + String.fromCodePoint(p.path.slice(key.length).codePointAt(0)!);
    let list = next.get(child);
    if (!list) next.set(child, (list = []));
    list.push(p);
  }
  // A number with no code under its next digit still needs its nearest codes, and `0x00` the codes starting with it: an empty shard carries them.
  if (/^\d+$/.test(key)) for (const digit of '0123456789') if (!next.has(key + digit)) next.set(key + digit, []);
  if (key === '0x' && !next.has('0x0')) next.set('0x0', []);
  for (const [child, list] of next) splitShard(child, list, numbers, maxBytes, shards);
}

/**
 * What a split shard's own key needs from its deeper shards: the first "starts with" rows
 * (libs/paste.ts `answerReading`, shortest first) of every query that lands on the key:
 * the code as written, with a minus sign, and a hex key with its leading zeros.
 */
function previewOf(key: string, placed: readonly Placed[], numbers: RootNumbers): Placed[] {
  const spellings = /^0x[0-9a-f]+$/.test(key)
    ? Array.from({ length: numbers.hexZeros + 1 }, (_, zeros) => `0x${'0'.repeat(zeros)}${key.slice(2)}`)
    : [key, `-${key}`];
  const codes = placed.filter((p) => p.row.name === undefined);
  return spellings.flatMap((spelling) => firstStartingWith(spelling, codes));
}

/** The first rows of a "starts with" answer for `value`, as libs/paste.ts `answerReading` picks them. */
function firstStartingWith(value: string, codes: readonly Placed[]): Placed[] {
  return codes
    .filter((p) => p.row.code.toLowerCase().startsWith(value) && p.row.code.toLowerCase() !== value)
    .sort((a, b) => a.row.code.length - b.row.code.length || a.row.code.localeCompare(b.row.code) || a.order - b.order)
    .slice(0, PREFIX_ANSWERS);
}

/**
 * The numeric codes of one two-character shard, by length and sign, in order of value:
 * what "nearest to … — not a match" answers from. A shard carries the `NEIGHBOURS` codes
 * on each side of the numbers that land in it, so a missing number finds the same nearest
 * codes as in its whole two-character shard. The hex shard `0x` also carries the first
 * "starts with" rows of `0x0`, `0x00`…, which its split by value scatters.
 */
class RootNumbers {
  /** `${length} ${negative}` → rows in order of value. */
  private readonly groups = new Map<string, { length: number; negative: boolean; rows: { p: Placed; value: number }[] }>();
  /** Most leading zeros of a hex code here. */
  readonly hexZeros: number;
  private readonly hexCodes: Placed[];

  constructor(placed: readonly Placed[]) {
    for (const p of placed) {
      const { code, name } = p.row;
      if (name !== undefined || !/^[+-]?\d+$/.test(code)) continue;
      const negative = code.startsWith('-');
      const id = `${code.length} ${negative}`;
      let group = this.groups.get(id);
      if (!group) this.groups.set(id, (group = { length: code.length, negative, rows: [] }));
      group.rows.push({ p, value: Number(code) });
    }
    for (const group of this.groups.values()) group.rows.sort((a, b) => a.value - b.value || a.p.order - b.p.order);
    this.hexCodes = placed.filter((p) => p.row.name === undefined && /^0x[0-9a-f]+$/i.test(p.row.code));
    this.hexZeros = Math.max(0, ...this.hexCodes.map((p) => /^0x(0*)/i.exec(p.row.code)![1]!.length));
  }

  /**
   * The rows the numbers landing on a shard need: those whose code starts with `key`
   * (`prefix`: a shard that holds its key's every row), or that are `key` itself (`exact`:
   * a split shard's own rows).
   */
  around(key: string, landing: 'prefix' | 'exact'): Placed[] {
    const found: Placed[] = [];
    if (/^0x0$/.test(key)) for (let zeros = 1; zeros <= this.hexZeros + 1; zeros++) found.push(...firstStartingWith(`0x${'0'.repeat(zeros)}`, this.hexCodes));
    if (!/^\d+$/.test(key)) return found;
    for (const { length, negative, rows } of this.groups.values()) {
      // A candidate number has no plus sign: a negative one's digits are one fewer than its length.
      const digits = negative ? length - 1 : length;
      if (digits < key.length || (landing === 'exact' && digits !== key.length)) continue;
      const ends = [Number(key.padEnd(digits, '0')), Number(key.padEnd(digits, '9'))].map((n) => (negative ? -n : n));
      const [low, high] = [Math.min(...ends), Math.max(...ends)];
      const from = firstAtLeast(rows, low);
      const to = firstAtLeast(rows, high, true);
      found.push(...withTies(rows, from - 1, -1), ...rows.slice(from, to).map((r) => r.p), ...withTies(rows, to, 1));
    }
    return found;
  }
}

/** Index of the first row whose value is at least `value` (`after`: above it). */
function firstAtLeast(rows: readonly { value: number }[], value: number, after = false): number {
  let [low, high] = [0, rows.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (after ? rows[mid]!.value <= value : rows[mid]!.value < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** `NEIGHBOURS` rows from `start` going `step`, and any more of the last one's value (a tie). */
function withTies(rows: readonly { p: Placed; value: number }[], start: number, step: 1 | -1): Placed[] {
  const taken: Placed[] = [];
  for (let i = start; i >= 0 && i < rows.length; i += step) {
    if (taken.length >= NEIGHBOURS && rows[i]!.value !== rows[i - step]!.value) break;
    taken.push(rows[i]!.p);
  }
  return taken;
}

/** `placed` and `extra`, each row once. */
function withExtra(placed: readonly Placed[], extra: readonly Placed[]): Placed[] {
  return [...new Set([...placed, ...extra])];
}

/** A shard's rows in catalog order, as the whole two-character shard would list them. */
const rowsOf = (placed: readonly Placed[]) => [...placed].sort((a, b) => a.order - b.order).map((p) => p.row);
/** A shard's JSON bytes: `[`, the rows with their commas, `]`. */
const bytesOf = (placed: readonly Placed[]) => placed.reduce((sum, p) => sum + p.bytes, 1);
const encoder = new TextEncoder();
const utf8Length = (text: string) => encoder.encode(text).length;

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
