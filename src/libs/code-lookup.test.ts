import { describe, expect, it } from 'vitest';
import { groupIntoShards, leadingErrorName, nearestCodes, shardFile, shardKey, shorten, type CodeRow } from './code-lookup.ts';

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
  it('names shard files safely', () => {
    expect(shardFile('10')).toBe('10');
    expect(shardFile('ü1')).toBe('_fc1');
  });
});

describe('groupIntoShards', () => {
  it('puts named rows in the shard of their name', () => {
    const shards = groupIntoShards([row('404'), row('404', 'fcm', 'UNREGISTERED')]);
    expect([...shards.keys()]).toEqual(['40', 'un']);
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
