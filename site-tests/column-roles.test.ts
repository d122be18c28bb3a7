/**
 * The column-roles fixture (src/libs/__fixtures__/roles/) built as a site with
 * CONTENT_DIR: tables of the shapes vendors publish besides "Code | Description" lead
 * with their real meaning, the name beside it; a code with many reasons opens with a
 * table of them; old line anchors reach their meaning; the "vendor inferred" notice is
 * on the meanings it is true of; codes.json carries names and roles and follows its
 * schema; and check:sources says where it guessed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const fixture = 'src/libs/__fixtures__/roles';
let outDir: string;
let buildOutput: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'roles-site-'));
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: `${fixture}/content`, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 150_000,
  });
  buildOutput = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`the fixture site did not build:\n${buildOutput}`);
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const json = (path: string) => JSON.parse(readFileSync(join(outDir, path), 'utf8'));
/** The text of the first element matching `pattern` (its opening tag through its closing tag), tags removed. */
const textOf = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]?.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
const lead = (html: string) => textOf(html, /<div class="code-lead">(.*?)<\/div>/s);
const card = (html: string, id: string) => new RegExp(`<article class="meaning-card" id="${id}".*?</article>`, 's').exec(html)?.[0] ?? '';

describe('Status | Reason | Meaning', () => {
  it('400 leads with the source\'s words and the number of reasons, in its title, previews and copied Markdown', () => {
    const html = page('acme/server/400');
    expect(lead(html)).toBe('Bad request (12 reasons)');
    expect(html).toContain('<meta property="og:title" content="400 · ACME server — Bad request (12 reasons)"/>');
    // The copy buttons add the page's own address to these words when pressed (components/CopyButtons.astro).
    expect(html).toContain('data-label="ACME server 400 — Bad request (12 reasons)"');
  });

  it('400 opens with a table of its reasons, each name linking to its card', () => {
    const html = page('acme/server/400');
    const table = /<table class="reasons">(.*?)<\/table>/s.exec(html)?.[1] ?? '';
    expect(textOf(table, /<caption>(.*?)<\/caption>/s)).toBe('12 reasons, named as the sources name them');
    const links = [...table.matchAll(/<a href="#([^"]+)"><code>([^<]+)<\/code><\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toHaveLength(12);
    expect(links[1]).toEqual(['apns-reasons-400-baddevicetoken', 'BadDeviceToken']);
    for (const [id] of links) expect(html).toContain(`<article class="meaning-card" id="${id}"`);
    // The lead comes before the table, the table before the cards.
    expect(html.indexOf('<div class="code-lead">')).toBeLessThan(html.indexOf('<table class="reasons">'));
    expect(html.indexOf('<table class="reasons">')).toBeLessThan(html.indexOf('<article class="meaning-card"'));
  });

  it('a reason\'s card shows its name beside its meaning', () => {
    const token = card(page('acme/server/400'), 'apns-reasons-400-baddevicetoken');
    expect(textOf(token, /<h3[^>]*>(.*?)<\/h3>/s)).toBe('BadDeviceToken · ACME push server responses (test fixture)');
    expect(token).toContain('<dt>Reason</dt><dd>BadDeviceToken</dd><dt>Meaning</dt><dd>The specified device token is invalid.');
  });

  it('the catalog\'s table and the number\'s page give each reason\'s name before its meaning', () => {
    expect(page('acme/server')).toMatch(/<div[^>]*><code[^>]*>BadDeviceToken<\/code>: The specified device token is invalid\./);
    expect(page('code/400')).toMatch(/<q[^>]*><code[^>]*>BadPayload<\/code>: The payload is not valid JSON\.<\/q>/);
  });

  it('a code with one reason leads with its name and its meaning', () => {
    expect(lead(page('acme/server/410'))).toBe('Unregistered: The device token is inactive for the specified topic.');
  });
});

describe('Status | Name | Meaning | What to do', () => {
  it('leads with the meaning, the name beside it, and the reasons table says what to do', () => {
    expect(lead(page('globex/server/410'))).toBe('Gone: The user removed the subscription.');
    const html = page('globex/server/400');
    expect(lead(html)).toBe('2 reasons: InvalidToken, BadPayload');
    const table = /<table class="reasons">(.*?)<\/table>/s.exec(html)?.[1] ?? '';
    const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) => textOf(cell[0], /(.*)/s)));
    expect(rows).toEqual([
      ['Name', 'Meaning', 'What to do'],
      ['InvalidToken', 'The subscription&#39;s token is malformed.', 'Check how the token is stored.'],
      ['BadPayload', 'The payload is not valid JSON.', 'Fix the payload.'],
    ]);
  });
});

describe('Code | Message | Reason', () => {
  it('read as declared: the page leads with the Reason column', () => {
    expect(lead(page('initech/client/2001'))).toBe('The device has not registered for push since the app was installed.');
  });

  it('read by default: check:sources (and the build) say which column was taken and how to declare it', () => {
    const warning = 'content/sources/ambiguous.md:14: the table has 2 columns that could be its description: "Message", "Reason" — read "Message" as the description';
    const check = spawnSync(process.execPath, [join(root, 'scripts/check-sources.ts'), '--root', join(root, fixture)], { encoding: 'utf8' });
    expect(check.stdout).toContain(`warning: ${warning}`);
    expect(check.stdout).toContain('columns: { Code: code, Message: description, Reason: note }');
    expect(check.stdout).toMatch(/: 0 errors, 1 warning\n$/);
    expect(buildOutput).toContain(warning.replace('content/', `${fixture}/content/`));
  });
});

describe('anchors', () => {
  it('an anchor published when each row was three lines higher reaches the row it named then', () => {
    const html = page('acme/server/400');
    // Line 18 is now "400 | | Bad request"; its old anchor named BadExpirationDate.
    expect(card(html, 'apns-reasons-400-badexpirationdate')).toMatch(/^<article [^>]*><span id="apns-reasons-l18" class="anchor-alias"><\/span>/);
    expect(card(html, 'apns-reasons-400')).toMatch(/^<article [^>]*><span id="apns-reasons-l15" class="anchor-alias"><\/span><h3/);
  });
});

describe('the vendor-inferred notice is on the meanings it is true of', () => {
  it('410 (one stated table, one inferred): on the inferred card only, not on the page', () => {
    const html = page('acme/server/410');
    expect(card(html, 'inferred-410')).toContain('Vendor inferred from the codes');
    expect(card(html, 'apns-reasons-410-unregistered')).not.toContain('Vendor inferred');
    expect(html.match(/Vendor inferred/g)).toHaveLength(1);
  });

  it('500 (inferred only): on its card and on the page; the catalog page marks the inferred table', () => {
    expect(page('acme/server/500').match(/Vendor inferred/g)).toHaveLength(2);
    const catalog = page('acme/server');
    expect(catalog.match(/vendor inferred from the codes: this source does not name it/g)).toHaveLength(1);
    expect(catalog).not.toContain('no source names this catalog\'s vendor');
  });
});

describe('codes.json and the exact-code index', () => {
  it('carry each meaning\'s name and each column\'s role, and codes.json follows its schema', () => {
    const codes = json('codes.json');
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(json('codes.schema.json'));
    expect(validate(codes), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const gone = codes.codes.find((c: { vendor: string; code: string }) => c.vendor === 'globex' && c.code === '410');
    expect(gone.summary).toBe('Gone: The user removed the subscription.');
    expect(gone.meanings[0]).toMatchObject({ id: 'web-push-410-gone', name: 'Gone', text: 'The user removed the subscription.' });
    expect(gone.meanings[0].columns.map((c: { role: string }) => c.role)).toEqual(['name', 'description', 'solution']);
  });

  it('a reason name finds its code, with the anchor of its row', () => {
    const rows = json('search/codes/ba.json');
    expect(rows.filter((r: { name?: string }) => r.name === 'BadDeviceToken')).toEqual([{
      code: '400', path: 'acme/server/400/', vendor: 'acme', catalog: 'ACME server', meaning: 'The specified device token is invalid. Verify that the request contains a valid token and that the token matches the environment.',
      name: 'BadDeviceToken', anchor: 'apns-reasons-400-baddevicetoken',
    }]);
  });
});
