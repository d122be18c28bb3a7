/**
 * The search box's answer, the pure part: which words go to Pagefind, which categories a
 * problem's words name, and how the lines are labelled, ordered and counted. Category
 * names and lines are copied by hand from content/categories.yml.
 */
import { describe, expect, it } from 'vitest';
import type { CodeRow } from './code-lookup.ts';
import { answerReading, readPaste, type VendorWords } from './paste.ts';
import { categoryLine, codeLines, countLine, matchCategories, notices, orderLines, textQueryOf, type ResultLine } from './search-answer.ts';

const VENDORS: VendorWords[] = [
  { vendor: 'huawei', words: ['Huawei', 'HMS'] },
  { vendor: 'honor', words: ['Honor', 'hihonor'] },
  { vendor: 'fcm', words: ['FCM', 'Firebase'] },
];

/** From content/categories.yml: slug, name and means, as written there. */
const CATEGORIES = [
  { slug: 'authentication', name: 'Authentication and signatures', means: "The vendor did not accept who is calling - the app's credentials (app ID, app key or secret, access ID and key, auth token, provider token), the request's signature or the timestamp signed with it." },
  { slug: 'invalid-token', name: 'Invalid or expired token', means: 'The device token, registration ID or push ID the message was sent to is dead - the app was uninstalled, the token expired or was never registered with this service - so it will never work again.' },
  { slug: 'rate-limit', name: 'Rate limit and quota', means: "Too many requests or messages - a per-second rate, a daily or total quota, or the vendor's traffic control." },
  { slug: 'invalid-parameter', name: 'Invalid parameter', means: 'A field of the request is missing, empty, too long, too many, out of range, in the wrong format or inconsistent with another, or the request names a method, command or version the API does not have.' },
  { slug: 'certificate', name: 'Certificate', means: 'A push certificate or signing fingerprint is wrong - not parsed, for another app or environment, expired, or its password is wrong.' },
  { slug: 'network', name: 'Network and timeout', means: 'The request never completed - no connection, a dropped link, or a timeout between the device or server and the vendor.' },
];

const row = (path: string, meaning: string, name?: string): CodeRow => {
  const [vendor, surface, code] = path.split('/') as [string, string, string];
  return { code, path: `${path}/`, vendor, catalog: `${vendor} ${surface}`, meaning, ...(name ? { name } : {}) };
};
const ROWS = [
  row('huawei/server/80300007', 'Specified Token is invalid.'),
  row('honor/server/80300007', 'ALL Push Tokens are invalid.'),
  row('fcm/server/404', 'UNREGISTERED. The reason may be lack of registration token.'),
  row('fcm/server/404', 'UNREGISTERED. The reason may be lack of registration token.', 'UNREGISTERED'),
  row('tpns/ios/-10002', 'The token has already been bound or unbound.'),
  row('tpns/android/10002', 'When a registration operation is being performed'),
];

const linesOf = (query: string, base = '/') => {
  const reading = readPaste(query, VENDORS);
  const { absent, answers } = answerReading(reading, ROWS);
  return { reading, absent, lines: codeLines(answers, reading, base) };
};

describe('textQueryOf: what Pagefind is asked', () => {
  const asked = (query: string) => textQueryOf(query, readPaste(query, VENDORS));

  it('asks a query typed alone, or a short phrase, as it is', () => {
    expect(asked('80300007')).toBe('80300007');
    expect(asked(' UNREGISTERED ')).toBe('UNREGISTERED');
    expect(asked('p12 password')).toBe('p12 password');
    expect(asked('token expired')).toBe('token expired');
  });

  it('asks the first words of a paste’s message, never the whole paste', () => {
    expect(asked('{"code":"80300007","msg":"All the tokens are invalid","requestId":"157440955549500001002006"}')).toBe('tokens invalid');
    const long = `11-30 10:15:02.123  1234  5678 E TPush: register failed, errCode=10004 msg=${'the so files were not imported correctly '.repeat(20)}`;
    expect(asked(long)).toBe('files imported correctly');
  });

  it('leaves out the vendors’ words and a log’s own', () => {
    expect(textQueryOf('HMS push failed: code 80300007, token expired', readPaste('HMS push failed: code 80300007, token expired', VENDORS), VENDORS)).toBe('token expired');
  });

  it('asks the best candidate of a paste with no other words', () => {
    expect(asked('{"error":{"code":429,"status":"QUOTA_EXCEEDED"}}')).toBe('429');
    expect(textQueryOf('HMS push failed: code 80300007', readPaste('HMS push failed: code 80300007', VENDORS), VENDORS)).toBe('80300007');
  });

  it('asks nothing for an empty query', () => {
    expect(asked('   ')).toBeNull();
  });
});

describe('matchCategories: problems by name', () => {
  const names = (query: string) => matchCategories(query, CATEGORIES).map(({ category }) => category.slug);

  it.each([
    ['quota', ['rate-limit']],
    ['rate limit', ['rate-limit']],
    ['Rate limits', ['rate-limit']],
    ['token expired', ['invalid-token']],
    ['expired token', ['invalid-token']],
    ['certificate', ['certificate']],
    ['timeout', ['network']],
    ['invalid', ['invalid-token', 'invalid-parameter']],
    ['quo', ['rate-limit']],
  ])('"%s" names %j', (query, slugs) => expect(names(query)).toEqual(slugs));

  it('reads the one-line meaning when no name has the words, and says so', () => {
    expect(matchCategories('expired certificate', CATEGORIES).map(({ category, by }) => [category.slug, by])).toEqual([['certificate', 'means']]);
    expect(matchCategories('traffic control', CATEGORIES).map(({ category, by }) => [category.slug, by])).toEqual([['rate-limit', 'means']]);
    expect(matchCategories('quota', CATEGORIES).map(({ by }) => by)).toEqual(['name']);
  });

  it('needs every word, a word with digits too', () => {
    expect(names('password')).toEqual(['certificate']);
    expect(names('p12 password')).toEqual([]);
  });

  it('names none for a code, a word no category has, or a long paste', () => {
    expect(names('80300007')).toEqual([]);
    expect(names('zzqxv')).toEqual([]);
    expect(names('to be')).toEqual([]);
    expect(names('the push fails with quota exceeded after we send a thousand messages a minute')).toEqual([]);
  });

  it('makes a line that links the category page and says it is this site’s reading', () => {
    expect(categoryLine({ ...CATEGORIES[2]!, codes: 12 }, '/errors/')).toEqual({
      href: '/errors/category/rate-limit/', code: 'Rate limit and quota', catalog: 'Category', kind: 'category',
      label: "category — this site's reading", meaning: `${CATEGORIES[2]!.means} 12 codes.`, notes: [],
    });
  });
});

describe('codeLines and notices: every line says what kind of match it is', () => {
  it('links each answer under the base path, labelled, with the bit of the paste it came from', () => {
    const { lines } = linesOf('HMS push failed: {"code":80300007}', '/errors/');
    expect(lines.map((l) => [l.href, l.label, l.from, l.notes])).toEqual([
      ['/errors/huawei/server/80300007/', 'exact code', '"code":80300007', []],
      ['/errors/honor/server/80300007/', 'exact code', '"code":80300007', ['the paste names another vendor']],
    ]);
  });

  it('gives no "from" for a query typed alone', () => {
    const { lines } = linesOf('-10002');
    expect(lines.map((l) => [l.code, l.label, l.from])).toEqual([
      ['-10002', 'exact code', undefined],
      ['10002', 'other sign: 10002, not -10002', undefined],
    ]);
  });

  it('says first which code is in no catalog, then offers nearest codes as nearest only', () => {
    const { reading, absent, lines } = linesOf('80300099');
    expect(notices(absent, reading, 16_384)).toEqual(['No code 80300099 in any catalog.']);
    expect(lines.map((l) => [l.kind, l.label])).toEqual([
      ['nearest', 'nearest to 80300099 — not a match'], ['nearest', 'nearest to 80300099 — not a match'],
    ]);
    const pasted = linesOf('curl: {"reason":"BadDeviceToken"}');
    expect(notices(pasted.absent, pasted.reading, 16_384)).toEqual(['No error name BadDeviceToken in any catalog (from “"reason":"BadDeviceToken"”).']);
  });

  it('says when only the start of a long paste was read', () => {
    const reading = readPaste(`errCode=10002 ${'x'.repeat(20_000)}`, VENDORS);
    expect(notices([], reading, 16_384)).toEqual(['Only the first 16,384 characters of the paste were read.']);
  });
});

describe('orderLines and countLine', () => {
  const line = (href: string, kind: ResultLine['kind']): ResultLine => ({ href, code: href, catalog: '', kind, label: kind, meaning: '', notes: [] });

  it('puts matches first, then categories named, text, categories whose meaning has the words, codes of a category, and the nearest codes last; a page once', () => {
    const ordered = orderLines({
      codes: [line('/a/', 'exact'), line('/n/', 'nearest'), line('/b/', 'other-sign')],
      categories: [line('/category/x/', 'category')],
      related: [line('/category/y/', 'category')],
      text: [line('/t/', 'text'), line('/a/', 'text')],
      inCategory: [line('/t/', 'in-category'), line('/c/', 'in-category')],
    });
    expect(ordered.map((l) => `${l.kind} ${l.href}`)).toEqual([
      'exact /a/', 'other-sign /b/', 'category /category/x/', 'text /t/', 'category /category/y/', 'in-category /c/', 'nearest /n/',
    ]);
  });

  it('counts every result and says how many are shown', () => {
    expect(countLine(1, 1)).toBe('1 result');
    expect(countLine(37, 12)).toBe('37 results · showing 12');
  });
});
