/**
 * Loads what the search box reads besides Pagefind, each file once: the search manifest
 * (libs/search-manifest.ts: the shards' list, the vendors' words, the categories) and the
 * exact-code shards (libs/code-lookup.ts). Also answers a query from them with the paste
 * reader (libs/paste.ts), the first thing the search box and the lookup box show.
 */
import { shardFilesFor, type CodeRow } from '../libs/code-lookup';
import { answerReading, lookupQueries, readPaste, type Answers, type Reading } from '../libs/paste';
import { vendorWordsOf, type SearchManifest } from '../libs/search-manifest';
import { codeShardPath, searchManifestPath } from '../libs/urls';

const EMPTY_MANIFEST: SearchManifest = { shards: [], vendors: [], surfaces: {}, categories: [] };

export interface CodeAnswer extends Answers<CodeRow> {
  reading: Reading;
}

export class CodeShards {
  private readonly base: string;
  private readonly shards = new Map<string, Promise<CodeRow[]>>();
  private loaded: Promise<SearchManifest> | undefined;
  private listed: Promise<Set<string>> | undefined;

  constructor(base: string) {
    this.base = base;
  }

  /** The manifest; an empty one when it cannot be read (the search box then answers from Pagefind alone). */
  manifest(): Promise<SearchManifest> {
    return (this.loaded ??= this.fetchJson<SearchManifest>(searchManifestPath, EMPTY_MANIFEST));
  }

  /** The shard a code or query falls in; empty when there is none (never a 404). */
  async rowsFor(query: string): Promise<CodeRow[]> {
    const files = shardFilesFor(query, await (this.listed ??= this.manifest().then((m) => new Set(m.shards))));
    return (await Promise.all(files.map((file) => this.shard(file)))).flat();
  }

  private shard(file: string): Promise<CodeRow[]> {
    let shard = this.shards.get(file);
    if (!shard) {
      shard = this.fetchJson<CodeRow[]>(codeShardPath(file), []);
      this.shards.set(file, shard);
    }
    return shard;
  }

  /** A query or paste read and answered from the shards its candidates fall in. */
  async answer(query: string): Promise<CodeAnswer> {
    const reading = readPaste(query, vendorWordsOf(await this.manifest()));
    const rows = (await Promise.all(lookupQueries(reading).map((q) => this.rowsFor(q)))).flat();
    return { reading, ...answerReading(reading, rows) };
  }

  private fetchJson<T>(path: string, fallback: T): Promise<T> {
    return fetch(`${this.base}${path}`).then((r) => (r.ok ? (r.json() as Promise<T>) : fallback), () => fallback);
  }
}

const instances = new Map<string, CodeShards>();

/** One loader per base path, shared by every search box of the page (the dialog, the search page, the lookup box). */
export function codeShardsOf(base: string): CodeShards {
  let shards = instances.get(base);
  if (!shards) instances.set(base, (shards = new CodeShards(base)));
  return shards;
}
