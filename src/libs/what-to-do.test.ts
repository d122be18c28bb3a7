import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../schemas/catalog.ts';
import { catalogEntry } from './__fixtures__/helpers.ts';
import type { CategoryInfo } from './category-index.ts';
import { defaultContentPaths, readContent } from './read-content.ts';
import { adviceOf, hasWhatToDo, vendorAdvice, whatToDoCoverage, whatToDoLine, whatToDoSummary } from './what-to-do.ts';

const CATEGORIES: CategoryInfo[] = [
  { slug: 'authentication', name: 'Authentication', means: 'm', fix: 'Check the keys.', action: 'fix-credentials' },
  { slug: 'permission', name: 'Not allowed', means: 'm', fix: 'Enable it.', action: 'fix-setup' },
  { slug: 'rate-limit', name: 'Rate limit', means: 'm', fix: 'Slow down.', action: 'slow-down' },
  { slug: 'notifications-off', name: 'Notifications off', means: 'm', fix: 'Keep the token.', action: 'fix-setup' },
];
const categoryOf = (slug: string) => CATEGORIES.find((c) => c.slug === slug);

/** A catalog entry whose meanings carry the given categories (and the action of the first), as `categorize` writes them. */
function categorized(id: string, meanings: { text: string; categories?: string[]; solution?: string }[]): CatalogEntry {
  const entry = catalogEntry(id, meanings.map((m) => m.text));
  entry.meanings.forEach((meaning, i) => {
    const { categories = [], solution } = meanings[i]!;
    meaning.categories = categories;
    meaning.action = categories.length > 0 ? categoryOf(categories[0]!)!.action : null;
    if (solution !== undefined) meaning.columns.push({ key: 'solution', role: 'solution', name: 'Solution', text: solution, html: solution });
  });
  entry.categories = [...new Set(entry.meanings.flatMap((m) => m.categories))];
  return entry;
}

describe('the vendor\'s advice', () => {
  it('is the solution (or cause) columns that say something, never the description', () => {
    const [meaning] = categorized('acme/server/1', [{ text: 'Invalid token', solution: 'Check if token is registered' }]).meanings;
    expect(vendorAdvice(meaning!).map((c) => c.text)).toEqual(['Check if token is registered']);
    expect(vendorAdvice({ columns: [{ key: 'solution', role: 'solution', name: 'Solution', text: ' ', html: '' }, { key: 'description', role: 'description', name: 'Description', text: 'x', html: 'x' }] })).toEqual([]);
    expect(vendorAdvice({ columns: [{ key: 'solution', role: 'solution', name: 'Cause and Solution', text: 'Check the network', html: '' }] }).map((c) => c.name)).toEqual(['Cause and Solution']);
  });
});

describe('a code\'s answers to "what to do"', () => {
  it('a code whose meanings disagree gets one answer per meaning, in page order', () => {
    const meizu = categorized('meizu/server/110010', [
      { text: 'Push rate is too fast.', categories: ['rate-limit'] },
      { text: 'Invalid pushId (message switch is off).', categories: ['notifications-off'] },
    ]);
    const answers = adviceOf(meizu, categoryOf);
    expect(answers.map((a) => [a.meanings.map((m) => m.position), a.categories.map((c) => c.slug), a.action, a.vendor])).toEqual([
      [[1], ['rate-limit'], 'slow-down', []],
      [[2], ['notifications-off'], 'fix-setup', []],
    ]);
  });

  it('meanings that say the same thing share one answer; a vendor\'s different advice is an answer of its own', () => {
    const entry = categorized('tpns/server/1008001', [
      { text: 'Parameter parse error', categories: ['rate-limit'] },
      { text: 'Parameter parsing error.', categories: ['rate-limit'] },
      { text: 'Parameter error', categories: ['rate-limit'], solution: 'Check parameter configuration' },
      { text: 'Parameter error (2)', categories: ['rate-limit'], solution: 'Check parameter configuration ' },
    ]);
    const answers = adviceOf(entry, categoryOf);
    expect(answers.map((a) => [a.meanings.map((m) => m.position), a.vendor.map((v) => v.meaning.id)])).toEqual([
      [[1, 2], []],
      [[3, 4], ['src-l3', 'src-l4']],
    ]);
  });

  it('gives the vendor\'s words and this site\'s reading side by side, every action of the categories, the meaning\'s first', () => {
    const entry = categorized('fcm/server/403', [{ text: 'SENDER_ID_MISMATCH', categories: ['authentication', 'permission'], solution: 'Use the right sender.' }]);
    const [answer] = adviceOf(entry, categoryOf);
    expect(answer!.vendor.map((v) => v.columns.map((c) => c.text))).toEqual([['Use the right sender.']]);
    expect(answer!.categories.map((c) => c.fix)).toEqual(['Check the keys.', 'Enable it.']);
    expect([answer!.action, answer!.actions]).toEqual(['fix-credentials', ['fix-credentials', 'fix-setup']]);
  });

  it('a meaning with neither says so: no vendor words, no category, no action; an empty row is told apart', () => {
    const entry = categorized('acme/server/2', [{ text: 'Marathon policy return code' }, { text: '' }]);
    expect(adviceOf(entry, categoryOf).map((a) => [a.empty, a.vendor.length, a.categories.length, a.action, a.actions])).toEqual([
      [false, 0, 0, null, []],
      [true, 0, 0, null, []],
    ]);
    expect(entry.meanings.map(hasWhatToDo)).toEqual([false, false]);
  });
});

describe('coverage', () => {
  const entries = [
    categorized('acme/server/1', [{ text: 'Too fast', categories: ['rate-limit'] }]),
    categorized('acme/server/2', [{ text: 'Odd thing', solution: 'Restart the app.' }]),
    categorized('acme/server/3', [{ text: 'Marathon policy return code' }, { text: 'Too fast', categories: ['rate-limit'] }]),
    categorized('acme/server/4', [{ text: 'Batch partly failed' }]),
    categorized('acme/server/5', [{ text: '' }]),
  ];

  it('counts the described codes with the vendor\'s advice or a category on a meaning, and lists the rest', () => {
    const coverage = whatToDoCoverage(entries);
    expect([coverage.described, coverage.covered, coverage.categorized, coverage.missing.map((e) => e.id)]).toEqual([4, 3, 2, ['acme/server/4']]);
    expect(whatToDoSummary(coverage)).toBe("3 of 4 described codes (75%) have a what to do - the source's advice or a category (2 have a category); 1 has none");
    expect(whatToDoLine(coverage, '/maintainers/')).toBe(`what to do: ${whatToDoSummary(coverage)}: acme/server/4 (see /maintainers/)`);
  });

  it('the build\'s line lists a few codes and says how many more', () => {
    const many = Array.from({ length: 13 }, (_, i) => categorized(`acme/server/${i}`, [{ text: 'Nothing to go on' }]));
    expect(whatToDoLine(whatToDoCoverage(many), '/maintainers/', 2)).toMatch(/; 13 have none: acme\/server\/0, acme\/server\/1 and 11 more \(see \/maintainers\/\)$/);
    expect(whatToDoLine(whatToDoCoverage(entries.slice(0, 1)), '/maintainers/')).toMatch(/; 0 have none$/);
  });

  it('at least 95% of the seeds\' described codes have a what to do', () => {
    const { catalog } = readContent(defaultContentPaths(join(import.meta.dirname, '../..')));
    const coverage = whatToDoCoverage(catalog.entries);
    expect(coverage.covered / coverage.described).toBeGreaterThanOrEqual(0.95);
    // Judged by hand (src/libs/categories.test.ts, NO_CATEGORY): words no category fits, and no solution column.
    expect(coverage.missing.map((e) => e.id)).toEqual([
      'tpns/server/1008026', 'xiaomi/server/10035', 'xiaomi/server/10037', 'xiaomi/server/66006', 'vivo/server/10104', 'honor/server/80100000',
    ]);
  });
});
