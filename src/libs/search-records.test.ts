import { describe, expect, it } from 'vitest';
import { searchRecords, type SearchRecordsInput } from './search-records.ts';
import { catalogEntry } from './__fixtures__/helpers.ts';

const registry: SearchRecordsInput['registry'] = {
  vendors: { tpns: { name: 'TPNS' }, fcm: { name: 'FCM' } },
  surfaces: { server: { name: 'server' }, ios: { name: 'iOS SDK' } },
};

describe('search records', () => {
  it('one record per code, in catalog order, at its page, with what a result line shows', () => {
    const records = searchRecords({
      entries: [catalogEntry('tpns/ios/-10002', ['Token expired']), catalogEntry('fcm/server/UNREGISTERED', ['gone'])],
      registry, categoryName: (slug) => slug,
    });
    expect(records.map((r) => r.url)).toEqual(['/tpns/ios/-10002/', '/fcm/server/UNREGISTERED/']);
    expect(records[0]).toMatchObject({
      language: 'en',
      meta: { title: '-10002 · TPNS iOS SDK', code: '-10002', catalog: 'TPNS iOS SDK' },
      filters: { vendor: ['TPNS'], surface: ['iOS SDK'] },
    });
    expect(records[0]!.filters).not.toHaveProperty('category');
  });

  it('indexes the summary, then each source\'s title and each filled column, as sentences', () => {
    const [record] = searchRecords({ entries: [catalogEntry('tpns/server/1008001', ['Parameter parse error'], 'paramter parse error')], registry, categoryName: (slug) => slug });
    expect(record!.content).toBe('Parameter parse error. X. Description. Parameter parse error. English descriptor. paramter parse error.');
  });

  it('files a code under each of its categories', () => {
    const [record] = searchRecords({
      entries: [{ ...catalogEntry('fcm/server/UNREGISTERED', ['gone']), categories: ['invalid-token', 'permission'] }], registry,
      categoryName: (slug) => ({ 'invalid-token': 'Invalid or expired token', permission: 'Permission' })[slug]!,
    });
    expect(record!.filters.category).toEqual(['Invalid or expired token', 'Permission']);
  });

  it('keeps what the sources say as text: Pagefind escapes it in excerpts', () => {
    const [record] = searchRecords({ entries: [catalogEntry('tpns/server/1', ['<script>alert(1)</script>'])], registry, categoryName: (slug) => slug });
    expect(record!.content).toContain('<script>alert(1)</script>');
  });
});
