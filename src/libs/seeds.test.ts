/**
 * The real sources in `content/`, read as the build reads them. Row counts were counted
 * by hand in `../shared/seeds/*.txt` (the seed files the sources are copied from), not
 * taken from the parser; seed line numbers are given as the seed files number them and
 * shifted by each source's frontmatter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogEntry, Meaning } from '../schemas/catalog.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { projectRoot } from './__fixtures__/helpers.ts';
import { defaultContentPaths, readContent, type ContentResult } from './read-content.ts';
import { buildSiteIndex } from './site-index.ts';

const SOURCES = {
  '000': 'content/sources/tpns-android-sdk.md',
  '001': 'content/sources/tpns-ios-sdk.md',
  '002': 'content/sources/xgpush-rest-api.md',
  '003': 'content/sources/tencent-cloud-chat-push.md',
  '004': 'content/sources/tpns-rest-api.md',
} as const;
type Seed = keyof typeof SOURCES;
const SEEDS = Object.keys(SOURCES) as Seed[];

const sourceText = (seed: Seed) => readFileSync(join(projectRoot, SOURCES[seed]), 'utf8');
/** Lines of a source's frontmatter, both `---` included: what its seed's lines are shifted by. */
const frontmatterLines = (seed: Seed) => sourceText(seed).split('\n').indexOf('---', 1) + 1;
/** The line in the source of a seed file's line. */
const at = (seed: Seed, seedLine: number) => seedLine + frontmatterLines(seed);

let content: ContentResult;
let entry: (id: string) => CatalogEntry;
beforeAll(() => {
  content = readContent(defaultContentPaths(projectRoot));
  const byId = new Map(content.catalog.entries.map((e) => [e.id, e]));
  entry = (id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`no entry ${id}`);
    return found;
  };
});

const document = (seed: Seed) => content.documents.find((d) => d.file === SOURCES[seed])!;
const column = (meaning: Meaning, key: string) => meaning.columns.find((c) => c.key === key)?.text;
const sourcesOf = (e: CatalogEntry) => e.meanings.map((m) => [m.source.file, m.source.line]);

// The seeds live beside the project in the workspace; the sources are what ships.
const seedsDir = join(projectRoot, '../shared/seeds');
describe.skipIf(!existsSync(seedsDir))('the sources are the seeds', () => {
  it.each(SEEDS)('%s: a frontmatter, then the seed byte for byte', (seed) => {
    const seedFile = readdirSync(seedsDir).find((name) => name.startsWith(`${seed}_`))!;
    const source = sourceText(seed);
    const body = source.split('\n').slice(frontmatterLines(seed)).join('\n');
    expect(body).toBe(readFileSync(join(seedsDir, seedFile), 'utf8'));
  });
});

describe('row counts, counted by hand in the seed files', () => {
  it('000 (TPNS Android SDK)', () => {
    // Table 1: header seed line 5, delimiter 6, rows lines 7–33 = 27.
    // Table 2: header 39, delimiter 40, rows 41–58 = 18.
    expect(document('000').tables.map((t) => [t.line, t.rows.length])).toEqual([[at('000', 5), 27], [at('000', 39), 18]]);
  });

  it('001 (TPNS iOS SDK)', () => {
    // Table 1: header 4, delimiter 5, rows 6–22 = 17. Table 2: header 27, delimiter 28, rows 29–56 = 28.
    expect(document('001').tables.map((t) => [t.line, t.rows.length])).toEqual([[at('001', 4), 17], [at('001', 27), 28]]);
  });

  it('002 (XGPush REST API)', () => {
    // Header 3, delimiter 4, rows 5–37 = 33.
    expect(document('002').tables.map((t) => [t.line, t.rows.length])).toEqual([[at('002', 3), 33]]);
  });

  it('004 (TPNS RESTful API)', () => {
    // Header 3, delimiter 4, rows 5–29 = 25.
    expect(document('004').tables.map((t) => [t.line, t.rows.length])).toEqual([[at('004', 3), 25]]);
  });

  it('003 (Tencent Cloud Chat push): ten delimiter-less tables', () => {
    // No delimiter rows; each table starts at a header line "Error Code | Description |"
    // (seed lines 7, 31, 54, 137, 156, 190, 282, 304, 323, 330) and its rows follow it.
    expect(document('003').tables.map((t) => [t.line, t.rows.length])).toEqual([
      [at('003', 7), 21], // 1 TIMPush server: rows 8–28 (29 "Client Error Code", 30 "Note:")
      [at('003', 31), 19], // 2 TIMPush client: rows 32–50 (then three lines of prose)
      [at('003', 54), 82], // 3 Xiaomi: rows 55–136
      [at('003', 137), 18], // 4 Huawei: rows 138–155
      [at('003', 156), 33], // 5 OPPO: rows 157–189
      [at('003', 190), 91], // 6 vivo: rows 191–281
      [at('003', 282), 21], // 7 Meizu: rows 283–303
      [at('003', 304), 18], // 8 Honor: rows 305–322
      [at('003', 323), 6], // 9 FCM: rows 324–329
      [at('003', 330), 6], // 10 APNs: rows 331–336 (the last line has no newline)
    ]);
  });

  it('463 rows in all; every row is a meaning of some code', () => {
    const rows = content.documents.flatMap((d) => d.tables).reduce((sum, t) => sum + t.rows.length, 0);
    expect(rows).toBe(27 + 18 + 17 + 28 + 33 + 25 + 21 + 19 + 82 + 18 + 33 + 91 + 21 + 18 + 6 + 6);
    expect(rows).toBe(463);
    expect(content.catalog.entries.reduce((sum, e) => sum + e.meanings.length, 0)).toBe(463);
  });
});

describe('the seeds read cleanly', () => {
  it('has exactly the two warnings the seeds call for, and no error', () => {
    expect(content.diagnostics.map((d) => `${d.severity} ${formatDiagnostic(d)}`)).toEqual([
      `warning content/sources/tencent-cloud-chat-push.md:${at('003', 155)}: code 907135701 has no description — kept and marked "no description in the source"; copy the description from the original page if it has one`,
      `warning content/sources/xgpush-rest-api.md:${at('002', 5)}: row has 2 cells but the header has 3 — kept, the missing cells left empty; add the cells if the source has them`,
    ]);
  });
});

describe('the quirks of the seeds (../shared/seeds/README.md)', () => {
  it('APNs 403: the rowspan continuation rows are three more meanings, each with its own line', () => {
    const apns403 = entry('apns/server/403');
    expect(apns403.meanings.map((m) => [m.source.line, m.continuation, m.text])).toEqual([
      [at('003', 332), false, 'BadCertificate: The certificate is invalid.'],
      [at('003', 333), true, 'BadCertificateEnvironment: The client certificate environment is invalid.'],
      [at('003', 334), true, 'ExpiredProviderToken: The provider token is outdated. Generate a new token.'],
      [at('003', 335), true, 'InvalidProviderToken: The provider token is invalid or unable to verify the token signature.'],
    ]);
    expect(entry('apns/server/410').meanings).toHaveLength(1);
  });

  it('907135701 (Huawei), cut off in the copy, is kept and marked empty', () => {
    const [meaning, ...others] = entry('huawei/server/907135701').meanings;
    expect(others).toEqual([]);
    expect(meaning).toMatchObject({ empty: true, text: '', html: '', source: { line: at('003', 155), table: 4 } });
  });

  it('Meizu 110010: one entry with both meanings', () => {
    expect(entry('meizu/server/110010').meanings.map((m) => [m.source.line, m.text])).toEqual([
      [at('003', 293), 'Push rate is too fast.'],
      [at('003', 303), 'Invalid pushId (message switch is off).'],
    ]);
  });

  it('10010012: escaped pipes, <br> and <ul><li> survive as sanitized HTML', () => {
    const [meaning] = entry('tpns/server/10010012').meanings;
    expect(meaning!.source).toMatchObject({ file: SOURCES['001'], line: at('001', 54) });
    expect(meaning!.html).toMatch(/^Invalid push time\. Please change the push time\.<br>If <code>send_time<\/code> passed in/);
    expect(meaning!.html).toContain('<ul><li>If |  <code>send_time</code> is 10 minutes or less earlier than | the current time');
    expect(meaning!.html).toMatch(/<\/li><li>If \| {2}<code>send_time<\/code> is over 10 minutes.*failure message\.<\/li><\/ul>$/);
    expect(meaning!.html).not.toContain('\\|');
    expect(meaning!.text).toContain('If | send_time is 10 minutes or less earlier than | the current time');
    expect(meaning!.text).not.toMatch(/<|\\/);
  });

  it('<hr> lines between the sections of 000 do not break its tables, and end up in no cell', () => {
    const [client, server] = document('000').tables;
    expect(client!.notes).toEqual(['Client Return Code']);
    expect(server!.notes).toEqual(['Server Return Code']);
    expect(client!.rows.at(-1)!.code).toBe('Other');
    expect(server!.rows[0]!.code).toBe('1010001');
  });

  it('the short row "| 0 | Successful call |" under a three-column header is kept, with an empty solution', () => {
    const [meaning] = entry('xgpush/server/0').meanings;
    expect(meaning!.columns.map((c) => [c.key, c.text])).toEqual([['description', 'Successful call'], ['solution', '']]);
  });

  it('rows without a trailing pipe, tabs beside pipes and padded cells read as any other row', () => {
    // 002 line 29: no trailing pipe; lines 8 and 9: tabs beside the pipes.
    expect(column(entry('xgpush/server/100').meanings[0]!, 'solution')).toBe(
      'The certificate format is pem. Please pay attention to the difference between production certificate and development certificate.');
    expect(entry('xgpush/server/-3').meanings[0]!.columns.map((c) => c.text)).toEqual(['recv failed', 'Try again later']);
    expect(entry('xgpush/server/-5').meanings[0]!.columns.map((c) => c.text)).toEqual(['Action processing timeout', 'Try again later']);
    // 004 line 5: "|       1008001 |", the code cell padded with spaces.
    const rest = entry('tpns/server/1008001').meanings.find((m) => m.source.file === SOURCES['004'])!;
    expect(rest.source.line).toBe(at('004', 5));
    // 004 lines 17, 19: "| 1008020  |cert bundleId check failed|", padded on one side only.
    expect(column(entry('tpns/server/1008020').meanings.find((m) => m.source.file === SOURCES['004'])!, 'descriptor'))
      .toBe('cert bundleId check failed');
  });

  it('a backslash that escapes nothing stays as written (002: access_id\\timestamp\\sign)', () => {
    expect(entry('xgpush/server/-111').meanings[0]!.text).toBe('Common parameter access_id\\timestamp\\sign is missing');
  });

  it('the catch-all rows "Other" and "Others" are codes of their own', () => {
    expect(entry('tpns/android/Other')).toMatchObject({ numeric: false, slug: 'Other' });
    expect(entry('tpns/android/Other').meanings[0]!.source.line).toBe(at('000', 33));
    expect(entry('xgpush/server/Others')).toMatchObject({ numeric: false, slug: 'Others' });
    expect(entry('xgpush/server/Others').meanings[0]!.source.line).toBe(at('002', 37));
  });

  it('the typo 10080021 is kept and linked to 1008021; 10006 and 10008 (one substitution apart) are not linked', () => {
    expect(entry('tpns/server/10080021')).toMatchObject({ likelySameAs: ['1008021'] });
    expect(entry('tpns/server/10080021').meanings[0]!.source).toMatchObject({ file: SOURCES['000'], line: at('000', 55) });
    expect(entry('tpns/server/1008021').likelySameAs).toEqual(['10080021']);
    expect(entry('tpns/android/10006').meanings[0]!.text).toBe(entry('tpns/android/10008').meanings[0]!.text);
    expect(entry('tpns/android/10006').likelySameAs).toEqual([]);
    expect(entry('tpns/android/10008').likelySameAs).toEqual([]);
  });

  it('503 is a code of three catalogs, each with its own meaning', () => {
    const index = buildSiteIndex(content.catalog.entries, content.catalog.groups);
    expect(index.byCode.get('503')!.map((e) => [e.id, e.meanings[0]!.text])).toEqual([
      ['huawei/server/503', 'Traffic control.'],
      ['honor/server/503', 'Frequent request, please retry.'],
      ['fcm/server/503', 'UNAVAILABLE. The server is unable to process the request in time.'],
    ]);
  });

  it('a TPNS server code from three documents is one entry, each meaning with its file and line', () => {
    const e = entry('tpns/server/1008001');
    expect(sourcesOf(e)).toEqual([
      [SOURCES['000'], at('000', 42)],
      [SOURCES['001'], at('001', 30)],
      [SOURCES['004'], at('004', 5)],
    ]);
    expect(e.meanings.map((m) => m.text)).toEqual(['Parameter parsing error', 'Parameter parsing error.', 'Parameter parse error']);
    const rest = e.meanings[2]!;
    expect(rest.columns.map((c) => [c.key, c.name, c.text])).toEqual([
      ['descriptor', 'English descriptor', 'paramter parse error'],
      ['description', 'Error description', 'Parameter parse error'],
      ['api', 'Feedback API', 'General API'],
    ]);
    expect(e.meanings.map((m) => m.name)).toEqual([null, null, null]);
    expect(e.meanings.map((m) => m.id)).toEqual(['tpns-android-sdk-1008001', 'tpns-ios-sdk-1008001', 'tpns-rest-api-1008001']);
  });

  it('inferred is true on the phone makers\' tables of 003 only', () => {
    const inferred = content.documents.flatMap((d) => d.tables.filter((t) => t.inferred).map((t) => `${d.file}#${t.index}`));
    expect(inferred).toEqual([3, 4, 5, 6, 7, 8, 9, 10].map((i) => `${SOURCES['003']}#${i}`));
    for (const e of content.catalog.entries) {
      for (const m of e.meanings) expect(m.inferred).toBe(m.source.file === SOURCES['003'] && m.source.table >= 3);
    }
  });

  it('the phone makers\' tables are attributed as the frontmatter says', () => {
    expect(document('003').tables.map((t) => `${t.vendor}/${t.surface}`)).toEqual([
      'timpush/server', 'timpush/client', 'xiaomi/server', 'huawei/server', 'oppo/server',
      'vivo/server', 'meizu/server', 'honor/server', 'fcm/server', 'apns/server',
    ]);
  });

  it('every page address is its code as written', () => {
    for (const e of content.catalog.entries) expect(e.id).toBe(`${e.vendor}/${e.surface}/${e.code}`);
  });
});
