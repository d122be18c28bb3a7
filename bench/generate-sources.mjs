/**
 * Synthetic source documents in the real content format (content/sources/*.md: YAML
 * frontmatter with `title`, `url`, `tables: [{vendor, surface, inferred?}]`, then pipe
 * tables whose first column is the code), with the quirks the real sources have:
 * negative codes, rowspan continuation rows (`| text |` with no code), delimiter-less
 * pipe blocks, escaped pipes, `<br>`, a code with no description, the same code in two
 * documents, the same number in several catalogs, error names leading a meaning.
 *
 * `generateSources(n)` gives exactly `n` distinct codes (vendor/surface/code), none of
 * them in the real sources, the same files for the same `n` and seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The catalogs codes are spread over: vendor/surface slugs from content/*.yml. */
const CATALOGS = [
  ['tpns', 'android'], ['tpns', 'ios'], ['tpns', 'server'], ['xgpush', 'server'],
  ['timpush', 'server'], ['timpush', 'client'], ['xiaomi', 'server'], ['huawei', 'server'],
  ['oppo', 'server'], ['vivo', 'server'], ['meizu', 'server'], ['honor', 'server'],
  ['fcm', 'server'], ['apns', 'server'],
];

/**
 * Synthetic codes are 7-digit numbers from 2000000 on (and their negatives): the real
 * sources use none of them, so synthetic files can sit beside the real ones and add
 * exactly `n` codes. Each catalog's codes come in this many families.
 */
const FAMILIES = 4;

/** Phrases the generated meanings contain; the bench searches for them. */
export const PHRASES = ['certificate password', 'alias length', 'push quota', 'registration token', 'message body size'];

const SUBJECTS = [
  'The push token', 'The AppKey parameter', 'The AccessID', 'The message body size', 'The alias length',
  'The tag name', 'The p12 certificate', 'The certificate password', 'The registration token', 'The push quota',
  'The request timestamp', 'The signature', 'The callback URL', 'The notification channel', 'The device ID',
  'The task ID', 'The package name', 'The offline message storage time', 'The account list', 'The topic name',
];
const PROBLEMS = [
  'is invalid', 'is empty', 'is missing from the request', 'does not match the application',
  'exceeds the limit of {n} bytes', 'has expired', 'was rejected by the vendor\'s channel',
  'is not in the expected format', 'is already in use by another device', 'could not be verified',
  'exceeds the daily limit ({n} per day)', 'is longer than {n} characters',
];
const ADVICE = [
  'Check the parameter configuration and try again.', 'Try again later.',
  'Generate a new token and register again.', 'Contact the vendor with the request ID.',
  'See the server log for the exact field.', 'Upload the certificate again in the console.',
  'Switch to another network and retry.', 'Reduce the push frequency.', '',
];
const ERROR_NAMES = ['INVALID_ARGUMENT', 'UNREGISTERED', 'QUOTA_EXCEEDED', 'BadDeviceToken', 'ExpiredProviderToken', 'TopicDisallowed', 'SENDER_ID_MISMATCH', 'PayloadTooLarge'];

/** A small seeded PRNG (mulberry32): the same files on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @param {number} n how many distinct codes
 * @returns {{ name: string, text: string }[]} file name → Markdown
 */
export function generateSources(n, seed = 1) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const meaning = () => {
    const text = `${pick(SUBJECTS)} ${pick(PROBLEMS).replace('{n}', String(2 ** (4 + Math.floor(rand() * 10))))}.`;
    const advice = pick(ADVICE);
    return advice ? `${text} ${advice}` : text;
  };

  // Codes per catalog: a share of n, in FAMILIES families (1008xxx in TPNS) of 7-digit
  // numbers from 2000000 up. Each family counts up in random steps; catalogs share some
  // families, so many numbers are used by several catalogs ("same number elsewhere").
  const catalogs = CATALOGS.map(([vendor, surface], k) => {
    const count = Math.floor(n / CATALOGS.length) + (k < n % CATALOGS.length ? 1 : 0);
    const codes = [];
    for (let f = 0; f < FAMILIES; f++) {
      const size = Math.floor(count / FAMILIES) + (f < count % FAMILIES ? 1 : 0);
      let next = (20 + ((k * 7 + f * 13) % 80)) * 100_000;
      for (let i = 0; i < size; i++) {
        next += 1 + Math.floor(rand() * 3);
        // SDK codes: every fifth one negative (-10002 in the TPNS iOS SDK).
        codes.push(surface !== 'server' && codes.length % 5 === 4 ? `-${next}` : String(next));
      }
    }
    return { vendor, surface, codes };
  });

  // Documents of at most ~400 rows; every third one holds two catalogs' tables.
  const files = [];
  const docs = [];
  for (const catalog of catalogs) {
    for (let start = 0; start < catalog.codes.length; start += 400) {
      docs.push({ tables: [{ ...catalog, codes: catalog.codes.slice(start, start + 400) }] });
    }
  }
  for (let i = 0; i + 1 < docs.length; i += 3) {
    docs[i].tables.push(...docs[i + 1].tables.map((t) => ({ ...t, inferred: true })));
    docs[i + 1].tables = [];
  }

  docs.filter((d) => d.tables.length > 0).forEach((doc, d) => {
    const frontmatter = [
      '---',
      `title: Synthetic ${doc.tables[0].vendor} error codes, part ${d + 1}`,
      `url: https://example.com/push/${d + 1}`,
      'tables:',
      ...doc.tables.flatMap((t) => [`  - vendor: ${t.vendor}`, `    surface: ${t.surface}`, ...(t.inferred ? ['    inferred: true'] : [])]),
      '---',
      '',
    ];
    const body = doc.tables.flatMap((table, t) => tableLines(table, (d + t) % 3, meaning, pick));
    files.push({ name: `synthetic-${String(d + 1).padStart(4, '0')}.md`, text: [...frontmatter, ...body].join('\n') });
  });

  // The same code in two documents: a few codes of each catalog described again.
  const again = catalogs.filter((c) => c.codes.length > 20).map((c) => ({
    vendor: c.vendor, surface: c.surface, codes: c.codes.filter((_, i) => i % 97 === 13),
  }));
  if (again.length > 0) {
    files.push({
      name: 'synthetic-errata.md',
      text: [
        '---', 'title: Synthetic errata (codes described a second time)', 'url: https://example.com/push/errata', 'tables:',
        ...again.flatMap((t) => [`  - vendor: ${t.vendor}`, `    surface: ${t.surface}`]), '---', '',
        ...again.flatMap((table) => tableLines(table, 0, meaning, pick)),
      ].join('\n'),
    });
  }
  return files;
}

/** One table in one of three shapes: GFM with 3 columns, GFM with 2, delimiter-less. */
function tableLines({ codes }, shape, meaning, pick) {
  const lines = ['', `The error codes of this interface (${codes.length}):`, ''];
  if (shape === 0) lines.push('| Error Code | Description | Solution |', '| --- | :--- | --- |');
  if (shape === 1) lines.push('| Error code | Cause and Solution |', '|---|---|');
  if (shape === 2) lines.push('Error Code | Description |');
  codes.forEach((code, i) => {
    let text = meaning();
    if (i % 50 === 7) text = `${pick(ERROR_NAMES)}: ${text}`;
    if (i % 40 === 11) text = text.replace(/\.$/, '.<br>If it keeps failing, collect the SDK log.');
    if (i % 60 === 23) text = text.replace(/\.$/, ': set `mode` to 1 \\| 2.');
    if (i % 30 === 17) text = text.replace(/^The (\w+)/, 'The `$1`');
    const lead = i % 45 === 3 ? '   ' : ' ';
    if (i === codes.length - 1 && codes.length > 10) {
      // A code with no description (907135701 in the real sources).
      lines.push(shape === 2 ? `${code} |` : `| ${code} |`);
    } else if (shape === 0) {
      lines.push(`|${lead}${code} | ${text} | ${i % 3 === 0 ? pick(ADVICE) : ''} |`);
    } else if (shape === 1) {
      lines.push(`|${code}| ${text}${i % 4 === 0 ? ` ${pick(ADVICE)}` : ''} |`);
    } else {
      lines.push(`${code} | ${text} |`);
    }
    // A rowspan continuation: a second meaning under the same code, with no code cell.
    if (shape !== 2 && i % 70 === 31) lines.push(`| ${pick(ERROR_NAMES)}: ${meaning()} |${shape === 0 ? ` ${pick(ADVICE)} |` : ''}`);
  });
  return lines;
}

/** Replaces `dir`'s files with `files` (the folder is created). */
export function writeSources(dir, files) {
  mkdirSync(dir, { recursive: true });
  for (const { name, text } of files) writeFileSync(join(dir, name), text);
}
