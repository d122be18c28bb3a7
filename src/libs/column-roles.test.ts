/**
 * Column roles, error names and summaries: the shapes of table vendors publish besides
 * "Code | Description", each read as its author meant, by default or by a declared
 * `columns:`. The fixture content folder __fixtures__/roles/ holds one source per shape;
 * its rows are counted here by hand from those files.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../schemas/catalog.ts';
import { reasonRow, reasonsOf, summaryOf } from './code-summary.ts';
import { readColumnRoles } from './column-roles.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { fixturesDir, testRegistry } from './__fixtures__/helpers.ts';
import { defaultContentPaths, readContent, type ContentResult } from './read-content.ts';
import { readSourceDocument } from './source-document.ts';

let content: ContentResult;
let entry: (id: string) => CatalogEntry;
beforeAll(() => {
  content = readContent(defaultContentPaths(join(fixturesDir, 'roles')));
  entry = (id) => content.catalog.entries.find((e) => e.id === id) ?? expect.fail(`no entry ${id}`);
});
const diagnosticsOf = (file: string) => content.diagnostics.filter((d) => d.file === `content/sources/${file}`).map(formatDiagnostic);
const roles = (e: CatalogEntry) => e.meanings[0]!.columns.map((c) => [c.name, c.role]);

describe('Status | Reason | Meaning, the status left empty under its first row (apns-reasons.md)', () => {
  it('is read by default, with no warning: Reason is the name, Meaning the description', () => {
    expect(diagnosticsOf('apns-reasons.md')).toEqual([]);
    expect(roles(entry('acme/server/400'))).toEqual([['Reason', 'name'], ['Meaning', 'description']]);
  });

  it('400: its own row and its twelve reasons are its meanings, each with its name and its own meaning', () => {
    const meanings = entry('acme/server/400').meanings;
    // Lines 18 (400 | | Bad request) to 30 (MissingTopic): 13 rows.
    expect(meanings).toHaveLength(13);
    expect(meanings.slice(0, 3).map((m) => [m.source.line, m.name, m.text, m.continuation])).toEqual([
      [18, null, 'Bad request', false],
      [19, 'BadCollapseId', 'The collapse identifier exceeds the maximum allowed size.', true],
      [20, 'BadDeviceToken', 'The specified device token is invalid. Verify that the request contains a valid token and that the token matches the environment.', true],
    ]);
    expect(meanings.at(-1)).toMatchObject({ name: 'MissingTopic', source: { line: 30 } });
  });

  it('the page leads with the source\'s words for the status and the number of reasons, never one reason alone', () => {
    expect(summaryOf(entry('acme/server/400'))).toMatchObject({ text: 'Bad request (12 reasons)' });
    // 403 has no row of its own: its reasons are counted and the first named.
    expect(summaryOf(entry('acme/server/403'))).toMatchObject({ text: '2 reasons: BadCertificate, ExpiredProviderToken' });
    // One reason: its name beside its meaning.
    expect(summaryOf(entry('acme/server/410'))?.text).toBe('Unregistered: The device token is inactive for the specified topic.');
    expect(summaryOf(entry('acme/server/200'))?.text).toBe('Success.');
  });

  it('the table of reasons lists each named row once, its meaning and the anchor it links to', () => {
    const reasons = reasonsOf(entry('acme/server/400'));
    expect(reasons).toHaveLength(12);
    expect(reasons.map((m) => m.id).slice(0, 2)).toEqual(['apns-reasons-400-badcollapseid', 'apns-reasons-400-baddevicetoken']);
    expect(reasonRow(reasons[1]!)).toEqual({ name: 'BadDeviceToken', meaning: reasons[1]!.text, solution: '' });
    expect(reasonsOf(entry('acme/server/410'))).toEqual([]);
  });
});

describe('Status | Name | Meaning | What to do (web-push.md)', () => {
  it('is read by default, with no warning: a name, a description and a solution', () => {
    expect(diagnosticsOf('web-push.md')).toEqual([]);
    expect(roles(entry('globex/server/410'))).toEqual([['Name', 'name'], ['Meaning', 'description'], ['What to do', 'solution']]);
    expect(entry('globex/server/410').meanings[0]!.columns.map((c) => c.key)).toEqual(['name', 'description', 'solution']);
  });

  it('each row leads with its meaning, its name beside it; a code with two names counts them', () => {
    expect(entry('globex/server/410').meanings[0]).toMatchObject({ name: 'Gone', text: 'The user removed the subscription.' });
    expect(summaryOf(entry('globex/server/410'))?.text).toBe('Gone: The user removed the subscription.');
    expect(summaryOf(entry('globex/server/400'))?.text).toBe('2 reasons: InvalidToken, BadPayload');
    expect(reasonsOf(entry('globex/server/400')).map(reasonRow)).toEqual([
      { name: 'InvalidToken', meaning: 'The subscription\'s token is malformed.', solution: 'Check how the token is stored.' },
      { name: 'BadPayload', meaning: 'The payload is not valid JSON.', solution: 'Fix the payload.' },
    ]);
  });
});

describe('Code | Message | Reason, either of which could be the description (ambiguous.md)', () => {
  it('by default: the first candidate is the description, and check:sources says so and how to declare it', () => {
    expect(diagnosticsOf('ambiguous.md')).toEqual([
      'content/sources/ambiguous.md:14: the table has 2 columns that could be its description: "Message", "Reason" — '
      + 'read "Message" as the description; to confirm or change that, declare the roles in the table\'s item in the frontmatter: '
      + 'columns: { Code: code, Message: description, Reason: note }',
    ]);
    expect(entry('initech/server/1001').meanings[0]!.text).toBe('invalid token');
  });

  it('declared: the page leads with the column the author named, with no warning', () => {
    expect(roles(entry('initech/client/2001'))).toEqual([['Message', 'descriptor'], ['Reason', 'description']]);
    expect(entry('initech/client/2001').meanings[0]!.text).toBe('The device has not registered for push since the app was installed.');
    expect(summaryOf(entry('initech/client/2002'))?.text).toBe('The device could not reach the push service.');
  });
});

describe('guessing roles from headers and cells', () => {
  const guess = (names: string[], ...rows: string[][]) =>
    readColumnRoles({ names, cells: names.map((_, i) => rows.map((r) => r[i] ?? '')) });

  it('a "Reason" column of sentences is the description; of error names, the name', () => {
    expect(guess(['Error Code', 'Reason'], ['1', 'The token expired'])).toEqual({ roles: ['code', 'description'], codeIndex: 0, problems: [] });
    expect(guess(['Status', 'Reason'], ['400', 'BadDeviceToken'], ['', 'Unregistered'])).toEqual({ roles: ['code', 'name'], codeIndex: 0, problems: [] });
    // Half or more must look like error names: "Success" and "Timeout" are words.
    expect(guess(['Status', 'Reason'], ['0', 'Success'], ['1', 'Timeout']).roles).toEqual(['code', 'description']);
  });

  it('a clear description header wins over an ambiguous one, with a warning when the ambiguous one is not names', () => {
    const read = guess(['Code', 'Reason', 'Description'], ['1', 'Token expired', 'The token is past its date']);
    expect(read.roles).toEqual(['code', 'note', 'description']);
    expect(read.guess?.message).toBe('the table has 2 columns that could be its description: "Description", "Reason"');
  });

  it('warns when several columns have no description among them, and says how to name it', () => {
    const read = guess(['Code', 'English descriptor', 'Feedback API'], ['1', 'param error', 'General API']);
    expect(read.roles).toEqual(['code', 'descriptor', 'api']);
    expect(read.guess).toEqual({
      message: 'the table has no description column',
      action: 'each row is summed up by its first filled column; declare the column that says what a code means as description in the '
        + 'table\'s item in the frontmatter, e.g. columns: { Code: code, English descriptor: descriptor, Feedback API: api } with that column\'s role changed to description',
    });
    // One column besides the code: it is what each row says, whatever its header (TPNS's "Cause and Solution").
    expect(guess(['Error Code', 'Cause and Solution'], ['1', 'Busy, retry']).guess).toBeUndefined();
  });

  it('a declared role beats the header, and a declaration quietens the guess', () => {
    const read = readColumnRoles({
      names: ['Status', 'Reason', 'Meaning'], cells: [['400'], ['BadDeviceToken'], ['x']],
      declared: { reason: 'description', MEANING: 'note' },
    });
    expect(read).toEqual({ roles: ['code', 'description', 'note'], codeIndex: 0, problems: [] });
    expect(readColumnRoles({ names: ['Id', 'Kind', 'Text'], cells: [[], [], []], declared: { Text: 'code', Id: 'note' } }))
      .toMatchObject({ roles: ['note', 'note', 'code'], codeIndex: 2 });
  });
});

describe('a wrong declaration is an error at its line', () => {
  const source = (columns: string) => readSourceDocument('content/sources/doc.md',
    `---\ntitle: T\ntables:\n  - vendor: acme\n    surface: server\n    columns:\n${columns}---\n| Status | Reason | Meaning |\n|-|-|-|\n| 400 | BadTopic | The topic is invalid. |\n`,
    testRegistry);

  it('names a header the table does not have, listing the ones it has', () => {
    expect(source('      Reasn: name\n').diagnostics.map(formatDiagnostic)).toEqual([
      'content/sources/doc.md:7: "columns": the table has no column "Reasn" — its columns are "Status", "Reason", "Meaning"; name one of them as the table writes it',
    ]);
  });

  it('gives one role only one column can have to two', () => {
    expect(source('      Reason: description\n      Meaning: description\n').diagnostics.map(formatDiagnostic)).toEqual([
      'content/sources/doc.md:6: "columns": "Reason" and "Meaning" are both declared description — a table has one description column; declare the others as note (or another role)',
    ]);
  });

  it('an unknown role, as the frontmatter schema reports it', () => {
    expect(source('      Reason: title\n').diagnostics.map(formatDiagnostic)[0])
      .toMatch(/^content\/sources\/doc\.md:7: "tables\.0\.columns\.Reason": use one of code, name, description, solution, descriptor, api, note — /);
  });
});
