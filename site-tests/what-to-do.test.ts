/**
 * What to do, over the built site in dist/ (`npm run build` first): every code page with a
 * description answers with its origin marked, /action/remove-token/ lists every code whose
 * token must be dropped, and the maintainers' page agrees with the build's coverage line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultContentPaths, readContent } from '../src/libs/read-content.ts';
import { siteSettings } from '../src/libs/site-settings.ts';
import { codePagePath, fileOf, maintainersPath } from '../src/libs/urls.ts';
import { vendorAdvice, whatToDoCoverage, whatToDoLine } from '../src/libs/what-to-do.ts';

const root = join(import.meta.dirname, '..');
const { base } = siteSettings(process.env);
const dist = join(root, 'dist');
const { catalog, categories } = readContent(defaultContentPaths(root));

/** The parts of a parse5 node these tests read. */
interface HtmlNode {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
}

function* walk(node: HtmlNode): Generator<HtmlNode> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
}
const attr = (node: HtmlNode, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const withClass = (node: HtmlNode, name: string) => [...walk(node)].filter((n) => (attr(n, 'class') ?? '').split(/\s+/).includes(name));
const BLOCKS = new Set(['p', 'div', 'section', 'li', 'ul', 'blockquote', 'h2', 'h3', 'tr', 'td', 'th']);
/** A node's text as a reader sees it: blocks apart, spaces collapsed, a <q>'s quotes in. */
const textOf = (node: HtmlNode): string => {
  const inner = (node.childNodes ?? []).map(textOf).join('');
  const text = node.nodeName === '#text' ? node.value! : node.nodeName === 'q' ? `“${inner}”` : BLOCKS.has(node.nodeName) ? ` ${inner} ` : inner;
  return text.replace(/\s+/g, ' ');
};
const trimmedText = (node: HtmlNode) => textOf(node).trim();
/** The links in a node, internal ones as site paths without the base path: `/tpns/server/1008001/#x`. */
const linksIn = (node: HtmlNode) => [...walk(node)].filter((n) => n.nodeName === 'a')
  .map((n) => attr(n, 'href')!).map((href) => (href.startsWith(base) ? `/${href.slice(base.length)}` : href));
const page = (path: string) => parse(readFileSync(join(dist, fileOf(path)), 'utf8')) as unknown as HtmlNode;
const main = (path: string) => [...walk(page(path))].find((n) => n.nodeName === 'main')!;

const ORIGINS = ["The vendor's words", "This site's reading", 'No advice in the sources'];

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ has no site: run `npm run build` first');
});

describe('the "What to do" block of every code page', () => {
  const described = catalog.entries.filter((e) => e.meanings.some((m) => !m.empty));

  it(`each of the ${described.length} code pages with a description has one, each answer with its origin marked`, () => {
    const problems: string[] = [];
    for (const entry of described) {
      const [block, ...more] = withClass(main(`${codePagePath(entry)}`), 'what-to-do');
      if (!block || more.length > 0) {
        problems.push(`${entry.id}: ${more.length + (block ? 1 : 0)} blocks`);
        continue;
      }
      const answers = withClass(block, 'answer').map(trimmedText);
      if (answers.length === 0) problems.push(`${entry.id}: no answer`);
      for (const answer of answers) if (!ORIGINS.some((origin) => answer.includes(origin))) problems.push(`${entry.id}: "${answer}" says not whose it is`);
      // the vendor's words where the source has a solution, this site's reading where a category fits
      const text = textOf(block);
      if (entry.meanings.some((m) => vendorAdvice(m).length > 0) && !text.includes("The vendor's words")) problems.push(`${entry.id}: the source's solution is not shown`);
      if (entry.categories.length > 0 && !text.includes("This site's reading")) problems.push(`${entry.id}: its categories' fix is not shown`);
    }
    expect(problems).toEqual([]);
  });

  it('shows the source\'s solution as the vendor\'s words with its source, and the action with its words', () => {
    const text = trimmedText(withClass(main('/xgpush/server/40/'), 'what-to-do')[0]!);
    expect(text).toContain("The vendor's words: “Solution” in XGPush REST API error codes (legacy API v2/v3) (line 26) Check if token is registered");
    expect(text).toContain("This site's reading, not the vendor's words");
    expect(text).toContain('Invalid or expired token Stop sending to that token');
    expect(text).toContain("Action for programs (this site's reading): remove-token — The token will never work again: delete it and stop sending to it.");
  });

  it('a code whose meanings disagree shows each: Meizu 110010 slows down for its rate, keeps its token for the switch', () => {
    const answers = withClass(withClass(main('/meizu/server/110010/'), 'what-to-do')[0]!, 'answer').map(trimmedText);
    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatch(/^“Push rate is too fast\.” .*Rate limit and quota.*slow-down/);
    expect(answers[1]).toMatch(/^“Invalid pushId \(message switch is off\)\.” .*Notifications off on the device Keep the token.*fix-setup/);
    expect(answers.join(' ')).not.toContain('remove-token');
  });

  it('a meaning with neither says so plainly', () => {
    expect(trimmedText(withClass(main('/vivo/server/10104/'), 'what-to-do')[0]!)).toContain("No advice in the sources: the source gives no solution, and none of this site's categories fits these words.");
    expect(trimmedText(withClass(main('/huawei/server/907135701/'), 'what-to-do')[0]!)).toContain('No advice in the sources: the source gives this code no description.');
  });

  it('/code/{number}/ gives each catalog\'s answer, action and copy buttons', () => {
    const body = main('/code/503/');
    const blocks = withClass(body, 'what-to-do').map(trimmedText);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toMatch(/^What to do “Traffic control\.” .*slow-down/);
    expect(blocks[2]).toMatch(/^What to do “UNAVAILABLE\. .*Service unavailable or internal error.*retry/);
    expect(withClass(body, 'copy-buttons')).toHaveLength(3);
  });
});

describe('/action/remove-token/', () => {
  const listed = new Set(linksIn(main('/action/remove-token/')).filter((href) => href.includes('#')));

  // Judged by hand from the sources (src/libs/categories.test.ts, DEAD_TOKENS): each says the token itself is dead.
  it('lists the codes whose words say the token is dead, at each vendor', () => {
    for (const id of ['tpns/server/1008006', 'tpns/server/1008029', 'xgpush/server/40', 'huawei/server/80300007', 'vivo/server/10302',
      'meizu/server/110002', 'meizu/server/110003', 'honor/server/80300007', 'fcm/server/404', 'apns/server/410']) {
      expect([...listed].some((href) => href.startsWith(`/${id}/#`)), id).toBe(true);
    }
    for (const id of ['meizu/server/110010', 'xgpush/server/53', 'xgpush/server/90', 'vivo/server/10307', 'meizu/server/110005']) {
      expect([...listed].some((href) => href.startsWith(`/${id}/#`)), id).toBe(false);
    }
  });

  it('lists every meaning that calls for remove-token, across the vendors, at its anchor, and nothing else', () => {
    const action = new Map(categories.map((c) => [c.slug, c.action]));
    const expected = catalog.entries.flatMap((entry) => entry.meanings
      .filter((m) => m.categories.some((slug) => action.get(slug) === 'remove-token'))
      .map((m) => `/${codePagePath(entry)}#${m.id}`));
    expect(catalog.entries.filter((e) => e.actions.includes('remove-token')).length).toBeGreaterThanOrEqual(10);
    expect([...listed].sort()).toEqual(expected.sort());
  });
});

describe('the maintainers\' page', () => {
  const body = main(`/${maintainersPath}`);
  const coverage = whatToDoCoverage(catalog.entries);
  /** What the build logged (src/utils/site-data.ts logs this line as it reads the catalog). */
  const logged = whatToDoLine(coverage, `/${maintainersPath}`);
  const rows = (table: string) => withClass(body, table).flatMap((t) => [...walk(t)].filter((n) => n.nodeName === 'tr').slice(1));

  it('agrees with the build\'s line: the same figures, the same codes with none', () => {
    const summary = trimmedText(withClass(body, 'coverage')[0]!);
    expect(logged.startsWith(`what to do: ${summary.replace(/\.$/, '')}`), `${logged}\n${summary}`).toBe(true);
    const [, covered, described, none] = /^(\d+) of (\d+) described codes .*; (\d+) ha(?:ve|s) none\.$/.exec(summary)!;
    const missing = rows('missing').map((row) => linksIn(row)[0]);
    expect(missing).toHaveLength(Number(none));
    expect(Number(described) - Number(covered)).toBe(Number(none));
    // the line lists the same codes, in the same order
    expect(logged).toContain(`: ${missing.map((href) => href!.slice(1, -1)).join(', ')} (see /maintainers/)`);
  });

  it('agrees with the code pages: those it lists are exactly the pages that give no advice at all', () => {
    const missing = new Set(rows('missing').map((row) => linksIn(row)[0]));
    const adviceless = catalog.entries.filter((e) => e.meanings.some((m) => !m.empty)).map((e) => `/${codePagePath(e)}`).filter((path) => {
      const answers = withClass(withClass(main(path), 'what-to-do')[0]!, 'answer').map(trimmedText);
      return answers.every((answer) => answer.startsWith('No advice in the sources') || !/The vendor's words|This site's reading/.test(answer));
    });
    expect(adviceless.sort()).toEqual([...missing].sort());
  });

  it('lists every meaning with words and no category, at its anchor, and is kept out of search engines', () => {
    const expected = catalog.entries.flatMap((entry) => entry.meanings.filter((m) => !m.empty && m.categories.length === 0).map((m) => `/${codePagePath(entry)}#${m.id}`));
    expect(rows('uncategorized').map((row) => linksIn(row)[0])).toEqual(expected);
    expect(readFileSync(join(dist, fileOf(maintainersPath)), 'utf8')).toMatch(/<meta name="robots" content="noindex"\s*\/?>/);
  });
});
