/** Loads the exact-code shards (see libs/code-lookup.ts) in the browser, each once. */
import { shardFile, shardKey, type CodeRow } from '../libs/code-lookup';

export class CodeShards {
  private readonly base: string;
  private readonly shards = new Map<string, Promise<CodeRow[]>>();
  private list: Promise<Set<string>> | undefined;

  constructor(base: string) {
    this.base = base;
  }

  /** The shard a code or query falls in; empty when there is none (never a 404). */
  async rowsFor(query: string): Promise<CodeRow[]> {
    const key = shardKey(query);
    if (key === null) return [];
    const file = shardFile(key);
    this.list ??= this.fetchJson<string[]>('search/codes/index.json', []).then((files) => new Set(files));
    if (!(await this.list).has(file)) return [];
    let shard = this.shards.get(file);
    if (!shard) {
      shard = this.fetchJson<CodeRow[]>(`search/codes/${file}.json`, []);
      this.shards.set(file, shard);
    }
    return shard;
  }

  private fetchJson<T>(path: string, fallback: T): Promise<T> {
    return fetch(`${this.base}${path}`).then((r) => (r.ok ? (r.json() as Promise<T>) : fallback), () => fallback);
  }
}
