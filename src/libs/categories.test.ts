import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CatalogEntry, Meaning } from '../schemas/catalog.ts';
import { ACTION_SLUGS, ACTIONS, actionSchema, type Action } from '../schemas/actions.ts';
import { buildCategoryIndex, checkCategories, meaningTexts, parseCategories, readCategories, type Category } from './categories.ts';
import { parseMeaningRef, type CategoryIndex } from './category-index.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { defaultContentPaths, readContent } from './read-content.ts';
import { catalogEntry as entry } from './__fixtures__/helpers.ts';

function parsed(yaml: string): Category[] {
  const result = parseCategories(yaml);
  expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
  return result.categories;
}

/** The entry with a solution column ("Solution", "Call Method") added to its meaning at `index`. */
function withSolution(base: CatalogEntry, index: number, text: string): CatalogEntry {
  return {
    ...base,
    meanings: base.meanings.map((m, i) => (i === index ? { ...m, columns: [...m.columns, { key: 'solution', role: 'solution', name: 'Solution', text, html: text }] } : m)),
  };
}

const TOKEN = `
invalid-token:
  name: Invalid or expired token
  means: The token no longer reaches a device.
  fix: Drop it.
  action: remove-token
  match: ['\\binvalid token\\b', 'UNREGISTERED']
  unless: ['provider token']
`;

describe('the categories file', () => {
  it('reads a category with its action, compiled case-insensitive rules and defaults', () => {
    const [category] = parsed(TOKEN);
    expect(category).toMatchObject({ slug: 'invalid-token', name: 'Invalid or expired token', action: 'remove-token', pin: [], exclude: [], advice: [], fallback: false, file: 'content/categories.yml' });
    expect(category!.match.map((rule) => rule.test('INVALID TOKEN.'))).toEqual([true, false]);
    expect(category!.match.map((rule) => rule.source)).toEqual(['\\binvalid token\\b', 'UNREGISTERED']);
    expect(category!.lineOf()).toBe(2);
    expect(category!.lineOf('unless')).toBe(8);
  });

  it('names the file and line of a bad pattern, an unknown field and a bad slug, and keeps the good categories', () => {
    const { categories, diagnostics } = parseCategories(`${TOKEN}
rate-limit:
  name: Rate limit
  means: Too many.
  fix: Slow down.
  action: slow-down
  match:
    - 'too fast'
    - '(unclosed'
  colour: red
Bad_Slug:
  name: x
  means: x
  fix: x
  action: none
`);
    expect(categories.map((c) => c.slug)).toEqual(['invalid-token']);
    const lines = diagnostics.map(formatDiagnostic);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^content\/categories\.yml:17: "rate-limit\.match\.1": is not a pattern the linear-time engine \(RE2\) accepts: .*missing closing \).* — write it in RE2 syntax/);
    expect(lines[1]).toMatch(/^content\/categories\.yml:18: "rate-limit\.colour": Unrecognized key/);
    expect(lines[2]).toMatch(/^content\/categories\.yml:19: "Bad_Slug": use lowercase letters, digits and dashes/);
  });

  it('refuses what RE2 cannot run in linear time - lookarounds, backreferences - at its line, saying what to do', () => {
    const { categories, diagnostics } = parseCategories(`${TOKEN}  advice: []
rate-limit:
  name: Rate limit
  means: Too many.
  fix: Slow down.
  action: slow-down
  match:
    - '(?<!not )too fast'
    - '(\\w+) \\1'
    - 'quota(?= exceeded)'
`);
    expect(categories.map((c) => c.slug)).toEqual(['invalid-token']);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^content\/categories\.yml:16: "rate-limit\.match\.0": uses a lookahead or lookbehind, which the linear-time engine \(RE2\) does not run: .+ — write it in RE2 syntax, .*say an exception with `unless`/),
      expect.stringMatching(/^content\/categories\.yml:17: "rate-limit\.match\.1": uses a backreference, which the linear-time engine \(RE2\) does not run: .+ — write it in RE2 syntax/),
      expect.stringMatching(/^content\/categories\.yml:18: "rate-limit\.match\.2": uses a lookahead or lookbehind/),
    ]);
  });

  it('requires an action from the fixed set, and lets no advice decide a remove-token or success category', () => {
    const { diagnostics } = parseCategories(`
a:
  name: A
  means: m
  fix: f
  action: delete-token
b:
  name: B
  means: m
  fix: f
c:
  name: C
  means: m
  fix: f
  action: remove-token
  advice: ['check if the token is registered']
`);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `content/categories.yml:6: "a.action": use one of ${ACTION_SLUGS.join(', ')} — each category is a slug with name, means, fix, action and optional match, advice, unless, fallback, vendors, surfaces, pin, exclude (see the top of the file)`,
      expect.stringMatching(/^content\/categories\.yml:7: "b\.action": use one of remove-token, /),
      expect.stringMatching(/^content\/categories\.yml:16: "c\.advice": a "remove-token" category cannot read the vendor's advice: .+ — move these patterns to `match`/),
    ]);
  });

  it('writes a pin as a code or one of its meanings, #N from 1', () => {
    expect(parseMeaningRef('meizu/server/110010')).toEqual({ id: 'meizu/server/110010' });
    expect(parseMeaningRef('meizu/server/110010#2')).toEqual({ id: 'meizu/server/110010', position: 2 });
    const { diagnostics } = parseCategories(`${TOKEN}  pin: [meizu/server/110010#0, 'meizu/server/110010#x', meizu/server/110010#2]\n`);
    expect(diagnostics.map((d) => `${d.line} ${d.message}`)).toEqual([
      expect.stringMatching(/^9 "invalid-token\.pin\.0": write a code as \{vendor\}\/\{surface\}\/\{code\}.+#N, N from 1$/),
      expect.stringMatching(/^9 "invalid-token\.pin\.1": write a code as/),
    ]);
  });

  it('reports a missing field at the category and YAML errors at their line, never as an exception', () => {
    expect(parseCategories('x:\n  name: X\n  means: m\n  action: none\n').diagnostics.map(formatDiagnostic))
      .toEqual([expect.stringMatching(/^content\/categories\.yml:1: "x\.fix": /)]);
    expect(parseCategories('a:\n  name: [unclosed\n').diagnostics[0]).toMatchObject({ severity: 'error', line: expect.any(Number), message: expect.stringMatching(/^is not valid YAML/) });
    expect(parseCategories('- a\n- b\n').diagnostics.map((d) => d.message)).toEqual(['is not a mapping of categories']);
    expect(parseCategories('a:\n  name: x\n  means: *nowhere\n').diagnostics.map(formatDiagnostic))
      .toEqual([expect.stringMatching(/^content\/categories\.yml:3: cannot be read as YAML: .*nowhere — fix the YAML; write it out in full: a content file needs no anchors or aliases/)]);
  });

  it('refuses a YAML alias bomb quickly, with the line of its first alias', () => {
    const names = 'abcdefghijklmnop'.split('');
    const bomb = names.map((name, i) => `${name}: &${name} [${Array(10).fill(i === 0 ? 'lol' : `*${names[i - 1]}`).join(', ')}]`).join('\n');
    const started = performance.now();
    const { categories, diagnostics } = parseCategories(bomb);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(categories).toEqual([]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^content\/categories\.yml:2: has YAML aliases that expand to too much data \(.+\) — write it out in full: a content file needs no anchors or aliases/),
    ]);
  });

  it('reads a content folder without the file as one without categories', () => {
    expect(readCategories('/nonexistent')).toEqual({ categories: [], diagnostics: [] });
  });

  it('says so when the file is there and cannot be read', () => {
    expect(readCategories('/', 'etc').diagnostics.map(formatDiagnostic))
      .toEqual([expect.stringMatching(/^etc:1: cannot be read: EISDIR.+ — make it a readable file, or delete it/)]);
  });
});

describe('rules that cannot hang', () => {
  // Each of these takes exponential time in a backtracking engine (JavaScript's RegExp)
  // on a long text that almost matches; RE2 reads the text once.
  const REDOS = ['^(\\w+\\s?)+$', '^(a+)+$', '^(a|aa)+$', '^([a-z]+)*[0-9]$', '(x+x+)+y'];
  const categories = parsed(`
slow:
  name: Slow
  means: m
  fix: f
  action: retry
  match:
${REDOS.map((source) => `    - '${source}'`).join('\n')}
`);
  const long = [
    `${'Push token not registered because the device went offline '.repeat(400)}!`,
    `${'a'.repeat(50_000)}!`,
    `${'x'.repeat(50_000)}!`,
  ];

  it(`${REDOS.length} classic catastrophic-backtracking patterns finish fast on long descriptions`, () => {
    const entries = long.map((text, i) => entry(`acme/server/${i}`, [text]));
    const started = performance.now();
    const index = buildCategoryIndex(entries, categories);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(index.categorized).toBe(0);
    // …and they still match what they should
    expect(buildCategoryIndex([entry('acme/server/ok', ['word word word'])], categories).categorized).toBe(1);
  });
});

describe('checks over the catalog', () => {
  const entries = [
    entry('huawei/server/80300007', ['Specified Token is invalid.']),
    entry('fcm/server/404', ['UNREGISTERED.']),
    entry('meizu/server/110010', ['Push rate is too fast.', 'Invalid token (message switch is off).']),
  ];
  const known = { vendors: ['huawei', 'fcm', 'meizu'], surfaces: ['server'] };

  it('an unknown pinned or excluded id is an error at its line, with the likely id', () => {
    const categories = parsed(`${TOKEN}  pin:\n    - huawei/server/80300007\n    - huawei/client/80300007\n  exclude: [nope/server/1]\n`);
    expect(checkCategories(categories, entries, known).map(formatDiagnostic)).toEqual([
      'content/categories.yml:11: "invalid-token.pin": no code huawei/client/80300007 in the catalog — did you mean huawei/server/80300007?',
      'content/categories.yml:12: "invalid-token.exclude": no code nope/server/1 in the catalog — write an id as in the code page\'s URL: {vendor}/{surface}/{code}',
    ]);
  });

  it('a pin to a meaning the code does not have is an error at its line, listing the meanings there are', () => {
    const categories = parsed(`${TOKEN}  pin: [meizu/server/110010#3, huawei/server/80300007#2]\n`);
    expect(checkCategories(categories, entries, known).map(formatDiagnostic)).toEqual([
      'content/categories.yml:9: "invalid-token.pin": meizu/server/110010 has 2 meanings, no #3 — write #1 to #2 (in the order its page lists them: #1 content/sources/x.md:1, #2 content/sources/x.md:2), or meizu/server/110010 alone for all of them',
      'content/categories.yml:9: "invalid-token.pin": huawei/server/80300007 has 1 meaning, no #2 — write #1 (in the order its page lists them: #1 content/sources/x.md:1), or huawei/server/80300007 alone for all of them',
    ]);
  });

  it('pinned and excluded at once is an error, a code against one of its meanings too; a hand edit that changes nothing is a warning', () => {
    const categories = parsed(`${TOKEN}  pin: [fcm/server/404, huawei/server/80300007, meizu/server/110010]\n  exclude: [huawei/server/80300007, meizu/server/110010#1]\n`);
    expect(checkCategories(categories, entries, known).map((d) => `${d.severity} ${d.line} ${d.message}`)).toEqual([
      'warning 9 "invalid-token.pin": the rules already put fcm/server/404 here',
      'error 10 "invalid-token": huawei/server/80300007 is both pinned and excluded',
      'error 10 "invalid-token": meizu/server/110010#1 is both pinned and excluded',
    ]);
    const other = parsed(`${TOKEN}  exclude: [huawei/server/80300007, meizu/server/110010#2, meizu/server/110010#1]\n  pin: [meizu/server/110010#1]\n`);
    expect(checkCategories(other, entries, known).map((d) => `${d.severity} ${d.line} ${d.message}`)).toEqual([
      'warning 9 "invalid-token.exclude": no rule puts huawei/server/80300007 here',
      'error 9 "invalid-token": meizu/server/110010#1 is both pinned and excluded',
    ]);
  });

  it('restrictions must name registered vendors and surfaces', () => {
    const categories = parsed(`${TOKEN}  vendors: [fcm, google]\n  surfaces: [server]\n`);
    expect(checkCategories(categories, entries, known).map(formatDiagnostic))
      .toEqual(['content/categories.yml:9: "invalid-token.vendors": no vendor "google" — use a slug of content/vendors.yml: huawei, fcm, meizu']);
  });
});

describe('the texts a rule reads', () => {
  it('wording: the description and every column but the API and solution columns; advice: the solution columns', () => {
    const meaning: Pick<Meaning, 'text' | 'columns'> = {
      text: 'Invalid token',
      columns: [
        { key: 'descriptor', role: 'descriptor', name: 'English descriptor', text: 'invalid token', html: '' },
        { key: 'description', role: 'description', name: 'Error description', text: 'Invalid token', html: '' },
        { key: 'cause', role: 'note', name: 'Cause', text: 'The app was uninstalled', html: '' },
        { key: 'api', role: 'api', name: 'Feedback API', text: 'Single push API', html: '' },
        { key: 'solution', role: 'solution', name: 'Call Method', text: 'Check the device\'s network connection', html: '' },
      ],
    };
    expect(meaningTexts(meaning)).toEqual({ wording: ['Invalid token', 'invalid token', 'The app was uninstalled'], advice: ['Check the device\'s network connection'] });
  });

  it('a source whose only column is "Cause and Solution": its text is both wording and advice', () => {
    const text = 'Fail to create the linkage (switch to another network and retry)';
    expect(meaningTexts({ text, columns: [{ key: 'solution', role: 'solution', name: 'Cause and Solution', text, html: '' }] })).toEqual({ wording: [text], advice: [text] });
  });
});

describe('deriving categories per meaning', () => {
  const categories = parsed(`${TOKEN}  pin: [tpns/server/1008029, meizu/server/110003#2]
  exclude: [xgpush/server/14]
auth:
  name: Authentication
  means: m
  fix: f
  action: fix-credentials
  match: ['auth', 'provider token']
  surfaces: [server]
rate:
  name: Rate
  means: m
  fix: f
  action: slow-down
  match: ['too fast']
network:
  name: Network
  means: m
  fix: f
  action: retry
  match: ['\\btimeout\\b']
  advice: ['\\bnetwork\\b']
  unless: ['\\bpartial']
unknown:
  name: Unknown
  means: m
  fix: f
  action: contact-vendor
  fallback: true
  match: ['failed\\.?$']
`);
  const entries = [
    entry('tpns/server/1008006', ['Invalid token'], 'invalid token'),
    entry('tpns/server/1008029', ['Token is not valid.']),
    entry('tpns/server/1008003', ['Verification failed'], 'auth failure'),
    entry('tpns/android/20', ['Authentication error']),
    entry('xgpush/server/14', ['Invalid token.']),
    entry('apns/server/403', ['BadCertificate', 'InvalidProviderToken: the provider token is invalid token']),
    entry('meizu/server/110010', ['Push rate is too fast.', 'Invalid token (message switch is off).']),
    entry('meizu/server/110003', ['Invalid token.', 'Push ID unsubscribed.']),
    withSolution(entry('tpns/ios/-201', ['TPNS registration failed.']), 0, 'Check the device\'s network connection status.'),
    withSolution(entry('tpns/ios/-202', ['Tagging partially failed.']), 0, 'Check the device\'s network connection status.'),
    withSolution(entry('xgpush/server/-3', ['Upload failed.']), 0, 'Check the token: it may be an invalid token'),
    entry('huawei/server/-5', ['']),
  ];
  const index = buildCategoryIndex(entries, categories);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const slugsOf = (id: string) => index.of({ id }).map((c) => c.slug);
  const slugsOfMeaning = (id: string, position: number) => index.ofMeaning({ id }, byId.get(id)!.meanings[position - 1]!).map((c) => c.slug);

  it('a rule matches a meaning\'s description or its English descriptor; unless, restrictions, pins and exclusions apply', () => {
    expect(slugsOf('tpns/server/1008006')).toEqual(['invalid-token']);
    expect(slugsOf('tpns/server/1008003')).toEqual(['auth']); // only the descriptor says "auth"
    expect(slugsOf('tpns/android/20')).toEqual([]); // auth is restricted to server codes
    expect(slugsOf('tpns/server/1008029')).toEqual(['invalid-token']); // pinned
    expect(index.pinned({ id: 'tpns/server/1008029' }, { slug: 'invalid-token' })).toBe(true);
    expect(index.pinned({ id: 'tpns/server/1008006' }, { slug: 'invalid-token' })).toBe(false);
    expect(slugsOf('xgpush/server/14')).toEqual([]); // excluded
    expect(slugsOf('huawei/server/-5')).toEqual([]);
  });

  it('each meaning has its own categories; the code has their union', () => {
    expect(slugsOfMeaning('meizu/server/110010', 1)).toEqual(['rate']);
    expect(slugsOfMeaning('meizu/server/110010', 2)).toEqual(['invalid-token']);
    expect(slugsOf('meizu/server/110010')).toEqual(['invalid-token', 'rate']); // file order
    expect(slugsOfMeaning('apns/server/403', 1)).toEqual([]);
    expect(slugsOfMeaning('apns/server/403', 2)).toEqual(['auth']); // "provider token" is an unless of invalid-token
  });

  it('a pin with #N puts that meaning alone in the category', () => {
    expect(slugsOfMeaning('meizu/server/110003', 1)).toEqual(['invalid-token']); // by the rule
    expect(slugsOfMeaning('meizu/server/110003', 2)).toEqual(['invalid-token']); // by hand
    const listed = index.meanings({ slug: 'invalid-token' }).filter((m) => m.entry.id === 'meizu/server/110003');
    expect(listed.map((m) => [m.position, m.meaning.id, m.pinned])).toEqual([[1, 'src-l1', false], [2, 'src-l2', true]]);
    expect(index.pinned({ id: 'meizu/server/110003' }, { slug: 'invalid-token' })).toBe(false); // a rule put its first meaning there
  });

  it('advice (a solution column) counts only for a category with advice rules; unless reads it too', () => {
    expect(slugsOf('tpns/ios/-201')).toEqual(['network']); // "check the device's network connection"
    expect(slugsOf('tpns/ios/-202')).toEqual(['unknown']); // "partially" is an unless of network, so only the fallback is left
    expect(slugsOf('xgpush/server/-3')).toEqual(['unknown']); // "invalid token" in advice does not make it a dead token
  });

  it('a fallback category takes only meanings no other category holds', () => {
    expect(slugsOfMeaning('tpns/ios/-201', 1)).toEqual(['network']); // "registration failed." but network holds it
    expect(slugsOf('xgpush/server/-3')).toEqual(['unknown']);
    expect(byId.get('xgpush/server/-3')!.actions).toEqual(['contact-vendor']);
  });

  it('actions: each meaning\'s from its first category, the code\'s from its meanings, each once in the order of ACTIONS', () => {
    const meizu = byId.get('meizu/server/110010')!;
    expect(meizu.meanings.map((m) => m.action)).toEqual(['slow-down', 'remove-token']);
    expect(meizu.actions).toEqual(['remove-token', 'slow-down']);
    expect(byId.get('huawei/server/-5')!.actions).toEqual([]);
    expect(byId.get('huawei/server/-5')!.meanings.map((m) => m.action)).toEqual([null]);
  });

  it('lists the meanings that call for an action, with the categories that do, and no others', () => {
    const listed = (action: Action) => index.withAction(action).map((m) => `${m.entry.id}#${m.position} ${m.categories.map((c) => c.slug).join(',')}`);
    expect(listed('remove-token')).toEqual([
      'tpns/server/1008006#1 invalid-token', 'tpns/server/1008029#1 invalid-token', 'meizu/server/110010#2 invalid-token',
      'meizu/server/110003#1 invalid-token', 'meizu/server/110003#2 invalid-token',
    ]);
    expect(listed('fix-credentials')).toEqual(['tpns/server/1008003#1 auth', 'apns/server/403#2 auth']);
    expect(listed('none')).toEqual([]);
    // the codes an action lists are those whose `actions` hold it
    for (const action of ACTION_SLUGS) {
      expect(new Set(index.withAction(action).map((m) => m.entry.id)), action).toEqual(new Set(entries.filter((e) => e.actions.includes(action)).map((e) => e.id)));
    }
  });

  it('lists a category\'s meanings (with their anchors) and codes in catalog order', () => {
    expect(index.meanings({ slug: 'invalid-token' }).map((m) => `${m.entry.id}#${m.position} ${m.meaning.id}`)).toEqual([
      'tpns/server/1008006#1 src-l1', 'tpns/server/1008029#1 src-l1', 'meizu/server/110010#2 src-l2', 'meizu/server/110003#1 src-l1', 'meizu/server/110003#2 src-l2',
    ]);
    expect(index.members({ slug: 'invalid-token' }).map((e) => e.id))
      .toEqual(['tpns/server/1008006', 'tpns/server/1008029', 'meizu/server/110010', 'meizu/server/110003']);
    expect(index.members({ slug: 'nope' })).toEqual([]);
    expect(index.meanings({ slug: 'nope' })).toEqual([]);
  });

  it('counts coverage over the codes with a description, and lists the meanings with words and no category', () => {
    expect([index.total, index.described, index.categorized, index.describedCategorized]).toEqual([12, 11, 9, 9]);
    expect(index.uncategorized().map((m) => `${m.entry.id}#${m.position}`))
      .toEqual(['tpns/android/20#1', 'xgpush/server/14#1', 'apns/server/403#1']);
  });

  it('the same problem elsewhere: one code per other vendor, the vendors after this one first', () => {
    const ids = (list: readonly CatalogEntry[]) => list.map((e) => e.id);
    const meizu = byId.get('meizu/server/110003')!;
    expect(ids(index.elsewhere(meizu, { slug: 'invalid-token' }))).toEqual(['tpns/server/1008006']);
    const tpns = byId.get('tpns/server/1008029')!;
    expect(ids(index.elsewhere(tpns, { slug: 'invalid-token' }))).toEqual(['meizu/server/110003']);
    expect(ids(index.elsewhere(tpns, { slug: 'invalid-token' }, 0))).toEqual([]);
  });
});

describe('the actions', () => {
  it('are the fixed contract, each with a one-line description', () => {
    expect(ACTION_SLUGS).toEqual(['remove-token', 'retry', 'slow-down', 'fix-request', 'fix-credentials', 'fix-setup', 'contact-vendor', 'none']);
    for (const slug of ACTION_SLUGS) expect(ACTIONS[slug]).toMatch(/^[A-Z][^\n]+\.$/);
  });

  it('give a JSON Schema with each slug and its description', () => {
    const schema = z.toJSONSchema(actionSchema) as { anyOf: { const: string; description: string }[] };
    expect(schema.anyOf.map((a) => [a.const, a.description])).toEqual(ACTION_SLUGS.map((slug) => [slug, ACTIONS[slug]]));
  });
});

/**
 * Judged by hand from the rows of content/sources/*.md, not from the rules or the parser:
 * what a support engineer reading the row would call the problem. A code with several
 * meanings is judged per meaning (`#N`, in the order its page lists them); every category
 * is listed, so a rule that starts catching a meaning elsewhere fails here too. `words`
 * are the source's own words the judgement rests on. `naive` names the category a naive
 * reading of those words would give (the old per-code rules, a word taken out of context),
 * which the judgement rejects.
 */
interface Judged {
  ref: string;
  categories: string[];
  words: string;
  naive?: string;
}

const j = (ref: string, categories: string[], words: string, naive?: string): Judged => ({ ref, categories, words, ...(naive ? { naive } : {}) });

const JUDGED: Judged[] = [
  // Success (none)
  j('tpns/android/0', ['success'], 'Call is successful'),
  j('xgpush/server/0', ['success'], 'Successful call'),
  j('xiaomi/server/0', ['success'], 'Success.'),
  j('oppo/server/0', ['success'], 'Success indicates the API call is successful'),
  j('vivo/server/0', ['success'], 'Request succeeded.'),
  j('meizu/server/200', ['success'], 'Normal.'),
  j('honor/server/200', ['success'], 'Success.'),
  j('apns/server/200', ['success'], 'Success.'),
  j('honor/server/80100000', [], 'Some tokens were sent successfully, and the returned failTokens are those that failed to send', 'success'),

  // Authentication and signatures (fix-credentials)
  j('tpns/android/20', ['authentication'], 'Authentication error. access id or access key is incorrectly configured'),
  j('tpns/android/10006', ['authentication'], 'Incorrect AccessKey or AccessID', 'invalid-parameter'),
  j('tpns/server/1008003#1', ['authentication'], 'Verification failed'), // the other documents say "Authentication failed"
  j('tpns/server/1008003#2', ['authentication'], 'Authentication failed.'),
  j('tpns/server/1008003#3', ['authentication'], 'Verification and authentication failed'),
  j('tpns/server/10030002', ['authentication'], 'AccessID and AccessKey do not match.', 'invalid-parameter'),
  j('xgpush/server/-2', ['authentication'], 'The request timestamp is not within the validity period'),
  j('xgpush/server/-102', ['authentication'], 'Request\'s timestamp field is expired', 'invalid-parameter'),
  j('xgpush/server/-103', ['authentication'], 'Invalid sign', 'invalid-parameter'),
  j('xgpush/server/-111', ['authentication'], 'Common parameter access_id\\timestamp\\sign is missing', 'invalid-parameter'),
  j('oppo/server/11', ['authentication'], 'Invalid AuthToken.', 'invalid-token'),
  j('oppo/server/16', ['authentication'], 'Signature verification failed, invalid signature.'),
  j('oppo/server/17', ['authentication'], 'Missing signature parameter.', 'invalid-parameter'),
  j('vivo/server/10206', ['authentication'], 'The sign is incorrect.'),
  j('vivo/server/10205', ['authentication'], 'The AppID does not exist.', 'not-found'),
  j('meizu/server/1006', ['authentication'], 'Signature authentication failed.'),
  j('meizu/server/110000', ['authentication'], 'Invalid AppID.', 'invalid-parameter'),
  j('honor/server/403', ['authentication'], 'Authentication failed.'),
  j('honor/server/10001', ['authentication'], 'The timestamp is empty.', 'invalid-parameter'),
  j('timpush/client/70016', ['authentication'], 'PublicKey does not exist. UserSig verification failed.', 'not-found'),
  j('timpush/client/800001', ['authentication'], 'The appKey parameter is invalid.', 'invalid-parameter'),
  j('xiaomi/server/21302', ['authentication'], 'token authentication failed.', 'invalid-token'),
  j('xiaomi/server/66109', ['authentication'], 'Invalid regSecret.'),
  j('fcm/server/403', ['authentication', 'permission'], 'SENDER_ID_MISMATCH', 'invalid-token'), // the token works for its own sender
  j('huawei/server/6004', ['authentication', 'permission'], 'API authentication failed: permission not found.'),
  j('apns/server/403#1', ['certificate'], 'BadCertificate: The certificate is invalid.'),
  j('apns/server/403#2', ['certificate'], 'BadCertificateEnvironment: The client certificate environment is invalid.'),
  j('apns/server/403#3', ['authentication'], 'ExpiredProviderToken: The provider token is outdated.', 'invalid-token'),
  j('apns/server/403#4', ['authentication'], 'InvalidProviderToken: The provider token is invalid', 'invalid-token'),

  // Invalid or expired token (remove-token): the words say the token itself is dead
  j('huawei/server/80300007', ['invalid-token'], 'Specified Token is invalid.'),
  j('honor/server/80300007', ['invalid-token'], 'ALL Push Tokens are invalid.'),
  j('fcm/server/404', ['invalid-token'], 'UNREGISTERED. The reason may be lack of registration token or the token is unregistered.'),
  j('apns/server/410', ['invalid-token'], 'ExpiredToken: The device token has expired.'),
  j('tpns/server/1008029#1', ['invalid-token'], 'Invalid token.'),
  j('tpns/server/1008029#2', ['invalid-token'], 'token is not valid'),
  j('tpns/server/1008006#1', ['invalid-token'], 'Invalid token'),
  j('tpns/server/1008006#2', ['invalid-token'], 'Invalid token. Please check whether the device token has been successfully registered.'),
  j('tpns/server/1008006#3', ['invalid-token'], 'Invalid token. Please check it'),
  j('xgpush/server/40', ['invalid-token'], 'Pushed token is not registered on XGPush'),
  j('vivo/server/10302', ['invalid-token'], 'Invalid regId.'),
  j('meizu/server/110002', ['invalid-token'], 'Push ID invalid (Push ID not subscribed).'),
  j('meizu/server/110003', ['invalid-token'], 'Invalid pushId.'),
  // About tokens, aliases or devices, but no dead token
  j('meizu/server/110010#1', ['rate-limit'], 'Push rate is too fast.', 'invalid-token'),
  j('meizu/server/110010#2', ['notifications-off'], 'Invalid pushId (message switch is off).', 'invalid-token'),
  j('meizu/server/110005', ['notifications-off'], 'Alias invalid (alias not subscribed or message switch is off).', 'invalid-token'),
  j('vivo/server/10307', ['invalid-parameter'], 'alias is invalid.', 'invalid-token'),
  j('xiaomi/server/66007', ['invalid-parameter'], 'Invalid regId, indicating the regId format is incorrect.', 'invalid-token'),
  j('xgpush/server/14', ['invalid-parameter'], 'Length of Android Token is 40 characters, and that of iOS Token is 64 characters.', 'invalid-token'), // pinned
  j('xgpush/server/48', ['not-found'], 'The account for push is not bound with token', 'invalid-token'),
  j('xgpush/server/90', ['device-unreachable'], 'The device is offline', 'invalid-token'),
  // "Re-register the device after unregistering it.": fixed on the device, after which the token may work again
  j('xgpush/server/53', ['sdk-setup'], 'The device is not registered', 'invalid-token'),
  j('xiaomi/server/65003', ['device-unreachable'], 'Device not found, usually due to the device being offline.', 'invalid-token'),
  j('tpns/server/10010005#1', ['not-found'], 'Push target does not exist', 'invalid-token'),
  j('tpns/server/10010005#2', ['not-found'], 'The push target does not exist.', 'invalid-token'),
  j('tpns/server/10010005#3', ['not-found'], 'internal error', 'service-unavailable'), // excluded by hand: its descriptions say the target does not exist
  j('tpns/server/10110008#1', ['not-found'], 'The queried token and account do not exist.', 'invalid-token'),
  j('tpns/server/10110008#2', ['not-found'], 'no token, no account', 'invalid-token'),
  j('xiaomi/server/10030', ['rate-limit'], 'The app retrieves invalid regid too frequently.', 'invalid-token'),
  j('xiaomi/server/10032', ['rate-limit'], 'The app retrieves invalid alias too frequently.', 'invalid-token'),
  j('honor/server/10300', ['invalid-parameter'], 'Token is empty.', 'invalid-token'),
  j('honor/server/80300006', ['duplicate'], 'Duplicate Token.', 'invalid-token'),
  j('fcm/server/400', ['invalid-parameter', 'payload'], 'INVALID_ARGUMENT, possible reasons including invalid registration', 'invalid-token'),
  j('tpns/ios/-10002', ['duplicate'], 'The token has already been bound or unbound.', 'invalid-token'),
  j('timpush/client/800009', ['sdk-setup'], 'Push token is empty.', 'invalid-parameter'), // excluded by hand from invalid-parameter

  // Rate limit and quota (slow-down)
  j('fcm/server/429', ['rate-limit'], 'QUOTA_EXCEEDED'),
  j('huawei/server/503', ['rate-limit'], 'Traffic control.'),
  j('honor/server/503', ['rate-limit'], 'Frequent request, please retry.', 'service-unavailable'),
  j('oppo/server/-2', ['rate-limit'], 'Server traffic control.'),
  j('oppo/server/13', ['rate-limit'], 'Application call count exceeds limit, including call frequency exceeds limit.', 'invalid-parameter'),
  j('xiaomi/server/200001', ['rate-limit'], 'The number of pushes exceeds the daily limit.', 'invalid-parameter'),
  j('xiaomi/server/200002', ['rate-limit'], 'Push QPS exceeds the limit.'),
  j('tpns/server/1008028#1', ['rate-limit'], 'Frequency limit exceeded.'),
  j('tpns/server/1008028#2', ['rate-limit'], 'request too fast'),
  j('xgpush/server/76', ['rate-limit'], 'Requests are initiated too frequently. Try again later'),
  j('timpush/server/90024', ['rate-limit'], 'Excessive frequency of push.'),
  j('vivo/server/10072', ['rate-limit'], 'Push speed is too fast, try again later.'),
  j('vivo/server/10703', ['rate-limit'], 'exceed the upper limit, try again later.', 'service-unavailable'),
  j('oppo/server/33', ['rate-limit'], 'Message count exceeds the daily limit.'),
  j('meizu/server/520', ['rate-limit'], 'Message fold (received multiple times from the same application on the same device within 1 minute, default 5 times).'), // pinned
  j('tpns/android/10115', ['rate-limit'], 'Repeated registration in a short time', 'duplicate'),
  j('xiaomi/server/26005', ['rate-limit'], 'account settings are too frequent and forbidden.', 'permission'),

  // Invalid parameter (fix-request)
  j('tpns/server/1008001#1', ['invalid-parameter'], 'Parameter parsing error'),
  j('tpns/server/1008001#2', ['invalid-parameter'], 'Parameter parsing error.'),
  j('tpns/server/1008001#3', ['invalid-parameter'], 'paramter parse error'),
  j('tpns/server/1008007#1', ['invalid-parameter'], 'Parameter verification failed'),
  j('tpns/server/1008007#2', ['invalid-parameter'], 'Parameter verification failed.'),
  j('tpns/server/1008007#3', ['invalid-parameter'], 'invalid parameter'),
  j('xgpush/server/-1', ['invalid-parameter'], 'Parameter error'),
  j('xgpush/server/7', ['invalid-parameter'], 'The number of accounts exceeds the limit.', 'rate-limit'),
  j('xgpush/server/91', ['invalid-parameter'], 'Too many tags for the device'),
  j('oppo/server/40', ['invalid-parameter'], 'Missing required parameters.'),
  j('oppo/server/20', ['invalid-parameter'], 'Non-existing method name.', 'not-found'),
  j('meizu/server/1005', ['invalid-parameter'], 'Parameter error, refer to the API document.'),
  j('honor/server/400', ['invalid-parameter'], 'Parameter error.'),
  j('honor/server/80300010', ['invalid-parameter'], 'The number of Push Tokens cannot exceed 1000 each time.', 'rate-limit'),
  j('huawei/server/907135000', ['invalid-parameter'], 'Invalid passed parameters.'),
  j('vivo/server/10006', ['invalid-parameter'], 'Alias length exceeds 70 characters.'),
  j('vivo/server/10055', ['invalid-parameter'], 'title cannot be empty.'),
  j('vivo/server/10061', ['invalid-parameter'], 'skipType = 2, skipContent cannot be empty.'),
  j('vivo/server/10051', ['invalid-parameter'], 'classification does not support this message type.'),
  j('xiaomi/server/10017', ['invalid-parameter'], 'Invalid parameter value.'),
  j('xiaomi/server/10029', ['invalid-parameter'], 'Illegal device. When initiating app-related operations, such as register or unregister, the corresponding device cannot be found.', 'device-unreachable'),
  j('xiaomi/server/66300', ['invalid-parameter'], 'Unknown command.', 'unknown-error'),
  j('xiaomi/server/27001', ['invalid-parameter'], 'channel information mismatch.', 'sdk-setup'),
  j('timpush/server/90005', ['invalid-parameter'], 'The JSON format request body lacks the MsgRandom field', 'payload'),
  j('timpush/server/90026', ['invalid-parameter'], 'Error in offline message storage time.', 'device-unreachable'),
  j('timpush/server/90053', ['invalid-parameter'], 'Withdrawal unavailable. The push task is designated not stored on the roaming server/unread (OnlineOnlyFlag = 0), but OfflinePushInfo was not carried along during withdrawal.', 'service-unavailable'),
  j('timpush/server/90049', ['invalid-parameter', 'not-found'], 'Invalid TaskId returned, no push record.'),
  j('tpns/ios/-102', ['invalid-parameter'], 'Account is empty.'),
  j('tpns/ios/-10001', ['invalid-parameter', 'sdk-setup'], 'Error with the required parameters in the SDK start function.'),
  j('tpns/android/10400', ['invalid-parameter', 'sdk-setup'], 'SDK parameters error'),

  // Payload too large or malformed (fix-request)
  j('honor/server/80300008', ['payload'], 'The message body size exceeds the system setting default value (4096 Bytes).'),
  j('xiaomi/server/65009', ['payload'], 'Message content is too long.'),
  j('xgpush/server/73', ['payload'], 'The number of message characters exceeds the limit', 'invalid-parameter'),
  j('xgpush/server/75', ['payload'], 'Message body does not conform to json format'),
  j('huawei/server/80100003', ['payload'], 'Message structure error.'),
  j('timpush/server/90001', ['payload'], 'JSON format parsing failed.'),
  j('timpush/server/90056', ['payload'], 'The request body for All Users Push is too large.'),
  j('vivo/server/10252', ['payload'], 'The batch message body exceeds the limit.'),
  j('meizu/server/110053', ['payload'], 'The passthrough exceeds the limit.'),
  j('oppo/server/25', ['payload'], 'Encoding error, this normally occurs when the user does not use UTF-8 encoding in the HTTP request.'),

  // Certificate (fix-credentials)
  j('tpns/server/1008013#1', ['certificate'], 'Certificate parsing error'),
  j('tpns/server/1008013#2', ['certificate'], 'Certificate parsing error.'),
  j('tpns/server/1008013#3', ['certificate'], 'parse certificate error'),
  j('tpns/server/1008022#1', ['certificate'], 'Incorrect p12 certificate password'),
  j('tpns/server/1008022#2', ['certificate'], 'Incorrect p12 certificate password.'),
  j('tpns/server/1008022#3', ['certificate'], 'p12 password is not correct'),
  j('tpns/server/10080021', ['certificate'], 'p12 certificate format verification failed'),
  j('tpns/server/1008020#1', ['certificate'], 'Certificate package name verification failed'),
  j('tpns/server/1008020#2', ['certificate'], 'Certificate package name verification failed.'),
  j('tpns/server/1008020#3', ['certificate'], 'cert bundleId check failed'),
  j('xgpush/server/100', ['certificate'], 'APNS certificate error.'),
  j('huawei/server/6003', ['certificate'], 'Fingerprint certificate configuration inconsistency.'),

  // Network and timeout (retry)
  j('tpns/android/10101', ['network'], 'Fail to create the linkage (switch to another network and retry)'),
  j('tpns/android/10105', ['network'], 'Message delivery or reception has timed out'),
  j('tpns/android/10109', ['network'], 'Unknown exception (switch to another network or restart the device)', 'unknown-error'),
  j('tpns/ios/-10003', ['network'], 'Not connected to the internet.'),
  j('tpns/ios/-201', ['network'], 'Check the device\'s network connection status.', 'unknown-error'), // "TPNS registration failed."
  j('tpns/ios/-203', ['network'], 'Message statistics reporting failed.', 'unknown-error'),
  j('tpns/ios/-10004', ['network', 'sdk-setup'], 'SDK failed to get device token.'),
  j('huawei/server/502', ['network'], 'Connection request exception, often due to unstable network condition.'),
  j('honor/server/502', ['network'], 'Connection request exception, often due to unstable network condition.'),
  j('timpush/client/9523', ['network'], 'Please check whether the network is functioning properly.'),
  j('timpush/client/800004', ['network'], 'Long link establishment failed.'),
  j('timpush/client/800008', ['network'], 'Push service registration timeout.'),
  j('xgpush/server/-5', ['network'], 'Action processing timeout'),
  j('xgpush/server/-3', ['network'], 'recv failed'),

  // Service unavailable or internal error (retry)
  j('fcm/server/503', ['service-unavailable'], 'UNAVAILABLE. The server is unable to process the request in time.'),
  j('fcm/server/500', ['service-unavailable'], 'INTERNAL: The server encountered an error'),
  j('honor/server/500', ['service-unavailable'], 'Internal server error.'),
  j('oppo/server/-1', ['service-unavailable'], 'The service is unavailable. Developers, please try again later.'),
  j('huawei/server/907122046', ['service-unavailable'], 'Push service unavailable.'),
  j('huawei/server/907122054', ['service-unavailable'], 'Push SDK is initializing automatically. Please retry later.', 'sdk-setup'),
  j('xiaomi/server/10002', ['service-unavailable'], 'System busy.'),
  j('meizu/server/519', ['service-unavailable'], 'Failed to push message due to service overload.'),
  j('meizu/server/501', ['service-unavailable'], 'Failed to push message (db_error).'),
  j('timpush/server/91000', ['service-unavailable'], 'Internal Server Error, please retry.'),
  j('xgpush/server/16', ['service-unavailable'], 'System is busy.'),
  j('xgpush/server/5', ['service-unavailable'], 'Failed to communicate with CMEM'),
  j('xgpush/server/Others', ['service-unavailable'], 'Internal XGPush errors', 'unknown-error'),
  j('tpns/server/1008004#1', ['service-unavailable'], 'Service call failed'),
  j('tpns/server/1008004#2', ['service-unavailable'], 'Service call failed.'),
  j('tpns/server/1008004#3', ['service-unavailable'], 'Failed to call the internal service'),
  j('tpns/android/10108', ['service-unavailable'], 'The server returns an exception message'),
  // Internal errors of the SDK in the app, which the source says to update: not the vendor's service failing
  j('tpns/ios/-301', ['sdk-setup'], 'An internal SDK error occurred while registering the TPNS service.', 'service-unavailable'),
  j('tpns/ios/-302', ['sdk-setup'], 'An internal SDK error occurred while tagging.', 'service-unavailable'),
  j('tpns/ios/-303', ['sdk-setup'], 'An internal SDK error occurred while reporting message statistics.', 'service-unavailable'),
  j('tpns/ios/-304', ['sdk-setup'], 'An internal SDK error occurred while unregistering the TPNS service.', 'service-unavailable'),
  j('tpns/ios/-305', ['sdk-setup'], 'An internal SDK error occurred while reporting badge statistics.', 'service-unavailable'),

  // Content review (fix-request)
  j('tpns/server/1008019#1', ['content-review'], 'Fail to pass the content security review'),
  j('tpns/server/1008019#2', ['content-review'], 'Failed to pass the content security review.'),
  j('tpns/server/1008019#3', ['content-review'], 'content may be evil'),
  j('huawei/server/80100016', ['content-review'], 'The message body contains sensitive words.', 'payload'),
  j('vivo/server/10103', ['content-review'], 'Push content contains sensitive information.'),
  j('xiaomi/server/26006', ['content-review'], 'Send for review. Please review promptly.'),

  // Not allowed or not enabled (fix-setup)
  j('oppo/server/30', ['permission'], 'This application has no permission for API push.'),
  j('oppo/server/28', ['permission'], 'Application unavailable.', 'service-unavailable'),
  j('huawei/server/907122036', ['permission'], 'Push notification rights and interests are not enabled.'),
  j('huawei/server/907122069', ['permission'], 'Sub-user operation is not supported.'),
  j('huawei/server/80300002', ['permission'], 'Deliver message to specified user (Token): permission denied.'),
  j('timpush/server/90045', ['permission'], 'Push notification feature for all users/Tag/single push is not enabled.'),
  j('xiaomi/server/10031', ['permission'], 'The app is in the blocklist. Message sending is prohibited.'),
  j('xiaomi/server/65007', ['permission'], 'Alias is in the blocklist.'),
  j('tpns/server/1008030#1', ['permission'], 'Unpaid application.'),
  j('tpns/server/1008030#2', ['permission'], 'No payment has been made for the application'),
  j('tpns/server/1008031#1', ['permission'], 'The application resource has been terminated.'),
  j('tpns/server/1008031#2', ['permission'], 'app was expired'),
  j('tpns/server/1010001#1', ['permission'], 'please confirm whether the application has purchased push resources'),
  j('tpns/server/1010001#2', ['permission'], 'Please check whether the application has purchased push resources.'),
  j('vivo/server/10043', ['permission'], 'The push channel of this application is closed.', 'sdk-setup'),
  j('vivo/server/10045', ['permission'], 'Official messages cannot be sent during application review.', 'content-review'),
  j('vivo/server/10082', ['permission'], 'System message toggle is not on.'),

  // SDK or app integration (fix-setup)
  j('tpns/android/10000', ['sdk-setup'], 'Start error'),
  j('tpns/android/10002', ['sdk-setup'], 'When a registration operation is being performed, if another registration operation comes in'),
  j('tpns/android/10003', ['sdk-setup'], 'Permission configuration error or missing required permissions', 'permission'),
  j('tpns/android/10004', ['sdk-setup'], 'The .so files were not imported correctly'),
  j('tpns/android/-10005', ['sdk-setup'], 'AIDL configuration error'),
  j('tpns/android/10007', ['sdk-setup'], 'TPNS Service initialization error'),
  j('tpns/android/10009', ['sdk-setup'], 'jce JAR error or missing jce JAR'),
  j('tpns/ios/-10000', ['sdk-setup'], 'The client stopped the TPNS service.'),
  j('tpns/ios/-101', ['sdk-setup'], 'Check whether the start parameters are entered correctly.'), // "MD5 value error."
  j('timpush/client/800003', ['sdk-setup'], 'Initialize SDK failed.', 'unknown-error'),
  j('timpush/client/800005', ['sdk-setup'], 'Push failure on local machine channel.'),
  j('timpush/client/800006', ['sdk-setup'], 'attempt FCM channel registration failed.'),
  j('timpush/client/800007', ['sdk-setup'], 'Failed to detect ALL channels.', 'unknown-error'),
  j('timpush/client/800011', ['sdk-setup'], 'Failed to disable automatic sign-up.', 'authentication'),
  j('timpush/client/800012', ['sdk-setup'], 'Failed to disable push permission request.', 'notifications-off'),
  j('timpush/client/800014', ['sdk-setup'], 'Failed to set push configuration.'),
  j('timpush/client/800015', ['sdk-setup'], 'Experimental API call failure.'),
  j('timpush/client/6014', ['sdk-setup'], 'IM account not logged in, please log in first to register for push services.'),
  j('huawei/server/-5', ['sdk-setup'], 'Get Token. Task failed.'),
  j('huawei/server/907135003', ['sdk-setup'], 'SDK failed to connect to HMS Core (APK).', 'network'),
  j('xgpush/server/19', ['sdk-setup'], 'The operation timing is wrong. For example, deviceToken is not obtained before tag operation'),

  // Not found or no longer there (fix-request)
  j('tpns/server/1008015#1', ['not-found'], 'Push job ID does not exist'),
  j('tpns/server/1008015#2', ['not-found'], 'The push task ID does not exist.'),
  j('tpns/server/1008015#3', ['not-found'], 'push id not exist', 'invalid-token'),
  j('xiaomi/server/65028', ['not-found'], 'No message found.'),
  j('oppo/server/31', ['not-found'], 'data not exist'),
  j('vivo/server/10155', ['not-found'], 'The message does not exist or has expired.'),
  j('honor/server/404', ['not-found'], 'Service not found.'),
  j('timpush/server/90052', ['not-found'], 'The withdrawal validity period has expired.'),

  // Duplicate or already done (fix-request)
  j('tpns/server/10010018#1', ['duplicate'], 'Repeated push.'),
  j('tpns/server/10010018#2', ['duplicate'], 'Push repeat'),
  j('tpns/server/1008025#1', ['duplicate'], 'Application already exists under the product'),
  j('tpns/server/1008025#2', ['duplicate'], 'The application already exists under the product.'),
  j('tpns/server/1008025#3', ['duplicate'], 'create app , platform exist'),
  j('timpush/server/90050', ['duplicate'], 'Repeated withdrawal.'),
  j('timpush/server/90022', ['duplicate'], 'Duplicate tags exist in the TagsOr and TagsAnd push conditions.'),
  j('vivo/server/10610', ['duplicate'], 'Tag name already exists.'),
  j('oppo/server/32', ['duplicate'], 'Data duplication.'),

  // Device offline or unreachable (retry); notifications off on the device (fix-setup)
  j('vivo/server/10311', ['device-unreachable'], 'The device is currently unable to push.'),
  j('timpush/client/800016', ['notifications-off'], 'User refused push pop-up permission.', 'permission'),

  // Unknown or unexplained error (contact-vendor)
  j('xiaomi/server/-1', ['unknown-error'], 'Unknown error.'),
  j('meizu/server/500', ['unknown-error'], 'Other exceptions.'),
  j('huawei/server/907122047', ['unknown-error'], 'Common error code.'),
  j('tpns/android/Other', ['unknown-error'], 'If other unknown errors occur, please keep the error log and contact us'),
  j('xiaomi/server/20301', ['unknown-error'], 'Failed to send message.'),
  j('xiaomi/server/66301', ['unknown-error'], 'Command execution error.'),
  j('meizu/server/513', ['unknown-error'], 'Failed to push message.'),
  j('tpns/server/1008011#1', ['unknown-error'], 'File upload failed'),
  j('tpns/server/1008011#2', ['unknown-error'], 'File upload failed.'),
  j('tpns/server/1008011#3', ['unknown-error'], 'upload file error'),
  j('tpns/server/1008027#1', ['unknown-error'], 'Batch operation fully failed.'),
  j('tpns/server/1008027#2', ['unknown-error'], 'batch op, total error'),

  // None of these categories
  j('tpns/android/10300', [], 'Marathon policy return code'),
  j('tpns/server/1008026#1', [], 'Batch operation partially failed.', 'unknown-error'), // the response lists the failed items
  j('tpns/server/1008026#2', [], 'batch op, partly error', 'unknown-error'),
  j('xiaomi/server/10035', [], 'No more invalid aliases are available for retrieval.', 'invalid-token'),
  j('xiaomi/server/10037', [], 'Request expired.', 'not-found'),
  j('xiaomi/server/66006', [], 'Registration failed. This refers to an exception in Android device registration'),
  j('vivo/server/10104', [], 'Send an official message.'),
];

/** Meanings whose action is remove-token, judged from their words: each says the token itself is dead. */
const DEAD_TOKENS: [ref: string, words: string][] = [
  ['tpns/server/1008006#1', 'Invalid token'],
  ['tpns/server/1008006#2', 'Invalid token. Please check whether the device token has been successfully registered.'],
  ['tpns/server/1008006#3', 'invalid token'],
  ['tpns/server/1008029#1', 'Invalid token.'],
  ['tpns/server/1008029#2', 'token is not valid'],
  ['xgpush/server/40', 'Pushed token is not registered on XGPush'],
  ['huawei/server/80300007', 'Specified Token is invalid.'],
  ['vivo/server/10302', 'Invalid regId.'],
  ['meizu/server/110002', 'Push ID invalid (Push ID not subscribed).'],
  ['meizu/server/110003', 'Invalid pushId.'],
  ['honor/server/80300007', 'ALL Push Tokens are invalid.'],
  ['fcm/server/404', 'the token is unregistered'],
  ['apns/server/410', 'The device token has expired.'],
];

/**
 * Meanings with words that no category fits, judged by hand: a catch-all that names no
 * problem, a batch that partly failed (its response lists the failures), words too vague to read.
 */
const NO_CATEGORY = [
  'tpns/android/10300#1', 'tpns/server/1008026#1', 'tpns/server/1008026#2', 'xiaomi/server/10035#1', 'xiaomi/server/10037#1',
  'xiaomi/server/66006#1', 'vivo/server/10104#1', 'honor/server/80100000#1',
];

describe('the seeds and content/categories.yml', () => {
  const root = join(import.meta.dirname, '../..');
  const { catalog, registry } = readContent(defaultContentPaths(root));
  const { categories, diagnostics } = readCategories(root);
  const index: CategoryIndex = buildCategoryIndex(catalog.entries, categories);
  const byId = new Map(catalog.entries.map((e) => [e.id, e]));

  /** The meaning a ref names (a code alone only when it has one meaning), or why not. */
  function resolve(ref: string) {
    const { id, position } = parseMeaningRef(ref);
    const found = byId.get(id);
    if (!found) return { error: 'not in the catalog' };
    if (position === undefined && found.meanings.length > 1) return { error: `has ${found.meanings.length} meanings: judge each (#N)` };
    const meaning = found.meanings[(position ?? 1) - 1];
    return meaning ? { entry: found, meaning } : { error: `has no meaning #${position}` };
  }
  const wordsOf = (meaning: { text: string; columns: { text: string }[] }) => [meaning.text, ...meaning.columns.map((c) => c.text)];

  it('the file has no errors or warnings', () => {
    const all = [...diagnostics, ...checkCategories(categories, catalog.entries, { vendors: Object.keys(registry.vendors), surfaces: Object.keys(registry.surfaces) })];
    expect(all.map(formatDiagnostic)).toEqual([]);
  });

  it('declares the categories the site promises (their slugs are URLs), each with meanings', () => {
    expect(categories.map((c) => c.slug)).toEqual(expect.arrayContaining([
      'authentication', 'invalid-token', 'rate-limit', 'invalid-parameter', 'payload', 'certificate', 'network',
      'service-unavailable', 'content-review', 'success', 'permission',
    ]));
    expect(categories.filter((c) => index.meanings(c).length === 0).map((c) => c.slug)).toEqual([]);
  });

  it(`a hand-judged table of ${JUDGED.length} meanings gets exactly its categories`, () => {
    expect(new Set(JUDGED.map((row) => row.ref)).size).toBe(JUDGED.length);
    const actual = JUDGED.map(({ ref, words }) => {
      const found = resolve(ref);
      if (!found.meaning) return [ref, found.error];
      if (!wordsOf(found.meaning).some((text) => text.includes(words))) return [ref, `does not say "${words}"`];
      return [ref, index.ofMeaning(found.entry, found.meaning).map((c) => c.slug).sort()];
    });
    expect(actual).toEqual(JUDGED.map(({ ref, categories: slugs }) => [ref, [...slugs].sort()]));
  });

  it('the table covers every category and every action, and at least 30 meanings a naive reading gets wrong', () => {
    const judged = new Set(JUDGED.flatMap((row) => row.categories));
    expect(categories.map((c) => c.slug).filter((slug) => !judged.has(slug))).toEqual([]);
    const actions = new Set(categories.filter((c) => judged.has(c.slug)).map((c) => c.action));
    expect(ACTION_SLUGS.filter((a) => !actions.has(a as never))).toEqual([]);
    const traps = JUDGED.filter((row) => row.naive);
    expect(traps.length).toBeGreaterThanOrEqual(30);
    for (const row of traps) expect(row.categories, row.ref).not.toContain(row.naive);
    expect(traps.map((row) => row.naive).filter((slug) => !index.bySlug.has(slug!))).toEqual([]);
  });

  it('remove-token only where the words say the token itself is dead', () => {
    const actual = catalog.entries.flatMap((e) => e.meanings.flatMap((m, i) =>
      (m.categories.some((slug) => index.bySlug.get(slug)!.action === 'remove-token') ? [`${e.id}${e.meanings.length > 1 ? `#${i + 1}` : ''}`] : [])));
    expect(actual.sort()).toEqual(DEAD_TOKENS.map(([ref]) => ref).sort());
    for (const [ref, words] of DEAD_TOKENS) {
      const { meaning } = resolve(ref);
      expect(wordsOf(meaning!).some((text) => text.includes(words)), ref).toBe(true);
      // said of a token, push ID or registration, and none of what keeps a token alive
      expect(words, ref).toMatch(/\b(invalid|expired|not valid|unregistered|not registered)\b/i);
      const { wording, advice } = meaningTexts(meaning!);
      expect([...wording, ...advice].join(' '), ref).not.toMatch(/\b(offline|switch|alias|account|bound|format|length|empty|frequent|provider|re-?register)\b/i);
    }
  });

  it('Meizu 110010 keeps its token: its rate meaning slows down, its "message switch is off" meaning is the user\'s switch', () => {
    const meizu = byId.get('meizu/server/110010')!;
    expect(meizu.meanings.map((m) => [m.text, m.categories, m.action])).toEqual([
      ['Push rate is too fast.', ['rate-limit'], 'slow-down'],
      ['Invalid pushId (message switch is off).', ['notifications-off'], 'fix-setup'],
    ]);
    expect(meizu.actions).toEqual(['slow-down', 'fix-setup']);
  });

  it('at least 95% of the codes with a description have a category; the rest are the meanings judged to fit none', () => {
    expect(index.describedCategorized / index.described).toBeGreaterThanOrEqual(0.95);
    expect(index.uncategorized().map((m) => `${m.entry.id}#${m.position}`)).toEqual(NO_CATEGORY);
  });

  it('the four codes of the same problem point at each other', () => {
    const huawei = byId.get('huawei/server/80300007')!;
    const others = index.elsewhere(huawei, { slug: 'invalid-token' }).map((e) => e.id);
    expect(others).toEqual(expect.arrayContaining(['honor/server/80300007', 'fcm/server/404', 'apns/server/410']));
    expect(others.every((id) => !id.startsWith('huawei/'))).toBe(true);
  });
});
