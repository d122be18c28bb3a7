import { describe, expect, it } from 'vitest';
import { groupIntoShards, leadingErrorName, nearestCodes, SHARD_MAX_BYTES, shardFile, shardFileFor, shardFiles, shardFilesFor, shardKey, shorten, type CodeRow } from './code-lookup.ts';
import { answerReading, lookupQueries, readPaste } from './paste.ts';

const row = (code: string, vendor = 'tpns', name?: string): CodeRow => ({
  code, path: `${vendor}/server/${code}/`, vendor, catalog: `${vendor} server`, meaning: `meaning of ${code}`, ...(name ? { name } : {}),
});

describe('shardKey', () => {
  it('drops the sign and case and keeps two characters', () => {
    expect(shardKey('-10002')).toBe('10');
    expect(shardKey('10002')).toBe('10');
    expect(shardKey('Other')).toBe('ot');
    expect(shardKey('0')).toBe('0');
  });
  it('has no shard for what cannot be a code', () => {
    expect(shardKey('')).toBeNull();
    expect(shardKey('-')).toBeNull();
    expect(shardKey('p 1')).toBeNull();
  });
  it('names shard files safely, no two keys alike', () => {
    expect(shardFile('10')).toBe('10');
    expect(shardFile('ü1')).toBe('_fc_1');
    // Escapes without an end made these two one file: the first shard's codes were then "in no catalog".
    expect(shardFile('10.1')).not.toBe(shardFile('10\u02e1'));
    expect(shardFile('_1')).not.toBe(shardFile('\u05f1'));
  });
});

describe('groupIntoShards', () => {
  it('puts named rows in the shard of their name', () => {
    const shards = groupIntoShards([row('404'), row('404', 'fcm', 'UNREGISTERED')]);
    expect([...shards.keys()]).toEqual(['40', 'un']);
  });
});

describe('shards of a crowded prefix', () => {
  const catalogs = ['tpns', 'xiaomi', 'huawei', 'fcm'];
  /**
   * 4,000 codes starting with 10 in four catalogs (lengths 3 to 8, every fifth one
   * negative, some in several catalogs, some with error names), hex codes written with
   * and without leading zeros, and a few codes of other prefixes: split into shards of
   * 4 KB, the prefix 10 goes four and five characters deep.
   */
  const rows: CodeRow[] = [];
  /** A catalog lists a code once. */
  const add = (code: string, vendor: string, name?: string) => {
    if (!rows.some((r) => r.vendor === vendor && r.code === code && r.name === name)) rows.push(row(code, vendor, name));
  };
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < 4000; i++) {
    const digits = 3 + Math.floor(random() * 6);
    const code = `10${String(Math.floor(random() * 10 ** (digits - 2))).padStart(digits - 2, '0')}`;
    const signed = i % 5 === 4 ? `-${code}` : code;
    for (const vendor of catalogs.filter((_, k) => k === i % 4 || (i % 9 === 0 && k === (i + 1) % 4))) {
      add(signed, vendor);
      if (i % 50 === 7) add(signed, vendor, `ERROR_${code}`);
    }
  }
  for (const [code, vendor] of [['10', 'tpns'], ['100', 'fcm'], ['1000', 'huawei'], ['0x1F', 'tpns'], ['0x001f', 'xiaomi'], ['0x01F', 'huawei'], ['0x0', 'fcm'], ['0x00a', 'fcm'], ['31', 'fcm'], ['20', 'tpns']] as const) {
    add(code, vendor);
  }
  for (let i = 0; i < 300; i++) add(`0x${(i * 37).toString(16).padStart(2 + (i % 3), '0')}`, catalogs[i % 4]!);
  for (let i = 0; i < 300; i++) add(`${50_000 + i}`, catalogs[i % 4]!, 'PayloadTooLarge');
  const small = 16 * 1024;
  const shards = groupIntoShards(rows, small);
  const files = shardFiles(rows, small);
  const listed = new Set(files.keys());

  /** What the search box fetches: each lookup query's shard and its parts, in order (a shard asked twice gives its rows twice). */
  const fromShards = (queries: string[]) => queries.flatMap((q) => shardFilesFor(q, listed).flatMap((file) => files.get(file)!));
  /** The same from the whole two-character shards, as the index was before it was split. */
  const whole = Map.groupBy(rows, (r) => shardKey(r.name ?? r.code));
  const fromWholeShards = (queries: string[]) => [...new Set(queries.map(shardKey))].flatMap((key) => whole.get(key) ?? []);
  const answers = (paste: string) => {
    const reading = readPaste(paste, []);
    const queries = lookupQueries(reading);
    return { split: answerReading(reading, fromShards(queries)), whole: answerReading(reading, fromWholeShards(queries)) };
  };

  it('splits the crowded prefix until each file is within the bound, and one name\'s rows into parts', () => {
    expect(JSON.stringify(rows.filter((r) => shardKey(r.code) === '10')).length).toBeGreaterThan(20 * small);
    expect([...shards.keys()].some((key) => key.length >= 5)).toBe(true);
    for (const [file, list] of files) expect(JSON.stringify(list).length, file).toBeLessThanOrEqual(small);
    expect(shardFilesFor('PayloadTooLarge', listed)).toEqual(['payloadtoolarge', 'payloadtoolarge-2', 'payloadtoolarge-3']);
    expect(SHARD_MAX_BYTES).toBe(100 * 1024);
  });

  it('answers every code, name, prefix, other sign and hex spelling as the whole shard did', () => {
    const queries = new Set<string>();
    rows.forEach((r, i) => {
      const digits = r.code.replace(/^-/, '');
      if (i % 3 === 0) queries.add(r.name ?? r.code).add(r.code.startsWith('-') ? digits : `-${digits}`);
      for (let n = 2; n < Math.min(digits.length, 6); n++) queries.add(digits.slice(0, n));
    });
    for (const q of ['0x0', '0x00', '0x000', '0x1f', '0X001F', '0x01', '0x0a', '0x00a', '31', '10', '-10', '100', '1000', 'payloadTooLarge']) queries.add(q);
    let compared = 0;
    for (const q of queries) {
      const { split, whole } = answers(q);
      expect(split, q).toEqual(whole);
      compared += whole.answers.length;
    }
    expect(compared).toBeGreaterThan(9_000);
  }, 60_000);

  it('offers the same nearest codes for a missing number, and says it is missing', () => {
    const present = new Set(rows.map((r) => r.code));
    let missing = 0;
    for (let n = 0; n < 3000; n++) {
      const digits = 3 + (n % 6);
      const code = `${n % 7 === 0 ? '-' : ''}10${String((n * 7919) % 10 ** (digits - 2)).padStart(digits - 2, '0')}`;
      if (present.has(code)) continue;
      missing++;
      const { split, whole } = answers(`errCode=${code}`);
      expect(split, code).toEqual(whole);
      expect(whole.absent.map((c) => c.value)).toEqual([code]);
    }
    expect(missing).toBeGreaterThan(1000);
  }, 60_000);

  it('answers a paste of several codes of the prefix as the whole shard did', () => {
    const codes = rows.filter((r, i) => !r.name && i % 97 === 0).map((r) => r.code);
    for (let i = 0; i + 4 < codes.length; i += 5) {
      const paste = `E/Push: send failed errCode=${codes[i]}\n{"code":${codes[i + 1]},"msg":"x"} status=${codes[i + 2]} code=${codes[i + 3]}1 ret=0x00${i}`;
      const { split, whole } = answers(paste);
      expect(split, paste).toEqual(whole);
    }
  }, 60_000);

  it('keeps small prefixes in one shard of two characters, as before', () => {
    expect(shards.get('20')).toEqual([row('20', 'tpns')]);
    expect(shardFileFor('2001', listed)).toBe('20');
    expect(shardFileFor('-2', listed)).toBeNull();
    expect(shardFileFor('p 1', listed)).toBeNull();
  });
});

describe('leadingErrorName', () => {
  it.each([
    ['UNREGISTERED. The reason may be lack of registration token', 'UNREGISTERED'],
    ['BadCertificate: The certificate is invalid.', 'BadCertificate'],
    ['INVALID_ARGUMENT, possible reasons including', 'INVALID_ARGUMENT'],
    ['SENDER_ID_MISMATCH. A registration token', 'SENDER_ID_MISMATCH'],
  ])('%s → %s', (meaning, name) => expect(leadingErrorName(meaning)).toBe(name));

  it.each(['Success.', 'Normal.', 'Invalid token.', 'JSON format parsing failed.', 'DB error.', 'alias is invalid.'])(
    'no name in "%s"', (meaning) => expect(leadingErrorName(meaning)).toBeUndefined());
});

describe('nearestCodes', () => {
  it('orders numeric codes by distance and skips the code itself and words', () => {
    const rows = [row('80300007'), row('80300002'), row('80100016'), row('Other'), row('80300099')];
    expect(nearestCodes('80300099', rows, 2).map((r) => r.code)).toEqual(['80300007', '80300002']);
  });
  it('has nothing near a word', () => {
    expect(nearestCodes('Other', [row('1')])).toEqual([]);
  });
});

describe('shorten', () => {
  it('cuts long meanings at a word', () => {
    expect(shorten('a'.repeat(10))).toBe('a'.repeat(10));
    expect(shorten(`${'word '.repeat(40)}`, 20)).toBe('word word word word…');
  });
});
