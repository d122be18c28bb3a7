import { describe, expect, it } from 'vitest';
import type { CodeRow } from './code-lookup.ts';
import { answerMissingPath, askedCode } from './not-found.ts';

const row = (path: string, name?: string): CodeRow => {
  const [vendor, surface, code] = path.split('/') as [string, string, string];
  return { code, path: `${path}/`, vendor, catalog: `${vendor} ${surface}`, meaning: `meaning of ${code}`, ...(name ? { name } : {}) };
};
const catalogs = {
  'tpns/server': { label: 'TPNS server', path: 'tpns/server/' },
  'tpns/android': { label: 'TPNS Android SDK', path: 'tpns/android/' },
  'huawei/server': { label: 'Huawei server', path: 'huawei/server/' },
  'fcm/server': { label: 'FCM server', path: 'fcm/server/' },
};
const rows = [
  row('tpns/server/1008001'), row('tpns/server/1008002'), row('tpns/android/Other'),
  row('huawei/server/503'), row('fcm/server/503'), row('fcm/server/404'), row('fcm/server/404', 'UNREGISTERED'),
];

describe('the not-found page', () => {
  it('sends a page written another way to the page that exists', () => {
    expect(answerMissingPath('TPNS/server/1008001/', catalogs, rows)).toEqual({ kind: 'redirect', path: 'tpns/server/1008001/' });
    expect(answerMissingPath('tpns/server/1008001', catalogs, rows)).toEqual({ kind: 'redirect', path: 'tpns/server/1008001/' });
    expect(answerMissingPath('tpns/android/other/', catalogs, rows)).toEqual({ kind: 'redirect', path: 'tpns/android/Other/' });
    expect(answerMissingPath('code/+503/', catalogs, rows)).toEqual({ kind: 'redirect', path: 'code/503/' });
    expect(answerMissingPath('huawei/server/+503/', catalogs, rows)).toEqual({ kind: 'redirect', path: 'huawei/server/503/' });
    expect(answerMissingPath('Huawei/Server', catalogs, rows)).toEqual({ kind: 'redirect', path: 'huawei/server/' });
    expect(answerMissingPath('FCM/', catalogs, rows)).toEqual({ kind: 'redirect', path: 'fcm/' });
  });

  it('explains a code that is not where the path looks, the same code elsewhere first', () => {
    const answer = answerMissingPath('huawei/server/1008001/', catalogs, rows);
    expect(answer).toMatchObject({ kind: 'missing-code', code: '1008001', catalog: catalogs['huawei/server'], inCatalog: true });
    if (answer.kind !== 'missing-code') throw new Error();
    expect(answer.elsewhere.map((r) => r.path)).toEqual(['tpns/server/1008001/']);
    expect(answer.nearest.map((r) => r.path)).toEqual(['huawei/server/503/']);
  });

  it('offers the nearest codes of the catalog for a code no catalog has, never a name row twice', () => {
    const answer = answerMissingPath('fcm/server/405/', catalogs, rows);
    if (answer.kind !== 'missing-code') throw new Error(answer.kind);
    expect(answer.elsewhere).toEqual([]);
    expect(answer.nearest.map((r) => r.path)).toEqual(['fcm/server/404/', 'fcm/server/503/']);
  });

  it('asks for the shard of the code the path names, sign dropped', () => {
    expect(askedCode('code/+503/')).toBe('503');
    expect(askedCode('TPNS/server/1008001')).toBe('1008001');
    expect(askedCode('about/')).toBeNull();
    expect(answerMissingPath('no/such/page/at/all/', catalogs, rows)).toEqual({ kind: 'not-a-code' });
  });
});
