/**
 * The chrome every built page shares (dist/, after `npm run build`): a title that names
 * the site once, no "On this page" list that has only its "Overview", and no pager whose
 * label could be any vendor's ("Overview") or any catalog's ("server").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const SITE_TITLE = 'Push Error Codes';
const surfaceNames = Object.values(parse(readFileSync(join(root, 'content/surfaces.yml'), 'utf8')) as Record<string, { name: string }>).map((s) => s.name);

const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.html'))
  .map((d) => relative(dist, join(d.parentPath, d.name)).split(sep).join('/'))
  // The small pages that send a number used by one catalog on to its code are not Starlight pages.
  .map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }))
  .filter(({ html }) => html.includes('<starlight-'));

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('every page\'s chrome', () => {
  it('covers the site', () => {
    expect(pages.length).toBeGreaterThan(400);
  });

  it('names the site once in its title', () => {
    const repeated = pages.filter(({ html }) => (decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').split(SITE_TITLE).length - 1) > 1);
    expect(repeated.map((p) => p.file)).toEqual([]);
  });

  it('has no "On this page" list with only one entry', () => {
    const lonely = pages.filter(({ html }) => {
      const toc = /<starlight-toc[^>]*>[\s\S]*?<\/starlight-toc>/.exec(html)?.[0];
      return toc !== undefined && (toc.match(/<li\b/g) ?? []).length < 2;
    });
    expect(lonely.map((p) => p.file)).toEqual([]);
  });

  it('has no pager label that is a bare "Overview" or a surface\'s name', () => {
    const vague = new Set(['Overview', ...surfaceNames]);
    const bad = pages.flatMap(({ file, html }) => {
      const pager = /class="pagination-links[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
      return [...pager.matchAll(/<span class="link-title[^"]*">([^<]*)<\/span>/g)].map((m) => decode(m[1]!.trim()))
        .filter((label) => vague.has(label)).map((label) => `${file}: ${label}`);
    });
    expect(bad).toEqual([]);
  });
});
