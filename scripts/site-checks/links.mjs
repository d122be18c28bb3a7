// Gate: every internal link and resource in the built site resolves, and
// nothing is loaded from another host.
//
// For every HTML page in dist/: each href / src / srcset / poster / data /
// action (and url() in inline styles) is resolved against the page's URL
// (base path included). Internal targets must be files in dist/, and a
// #fragment must name an element id (or <a name>) on the target page.
// External http(s) links are allowed for navigation (<a href>, canonical...)
// and only counted; an external *resource* (script, stylesheet, font, image,
// preconnect, iframe...) is a failure: the site loads nothing from elsewhere.
// CSS files in dist/ are checked the same way for url() and @import.
//
// Usage: node scripts/site-checks/links.mjs [distDir]   (BASE_PATH, SITE_URL from env)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { checkSettings, fileForPath, isHtml, isMain, listFiles, report, urlPathOf } from './dist.mjs';

// <link rel> values that point somewhere rather than load something.
const NAVIGATION_RELS = new Set([
  'alternate', 'author', 'bookmark', 'canonical', 'external', 'help', 'license', 'me',
  'next', 'nofollow', 'noopener', 'noreferrer', 'prev', 'search', 'sitemap', 'tag',
]);
// Schemes that never reach a server.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'javascript:', 'mailto:', 'tel:', 'sms:']);

/**
 * @typedef {{ from: string, what: string, ref: string, resource: boolean, baseUrl?: URL }} Reference
 */

/**
 * The references and ids in one HTML document.
 * @param {string} html
 * @returns {{ refs: Omit<Reference, 'from'>[], ids: Set<string> }}
 */
export function scanHtml(html) {
  /** @type {Omit<Reference, 'from'>[]} */
  const refs = [];
  const ids = new Set();
  /** @param {any} node */
  const visit = (node) => {
    if (node.attrs) {
      const tag = node.tagName;
      /** @type {Record<string, string>} */
      const attrs = {};
      for (const a of node.attrs) attrs[a.prefix ? `${a.prefix}:${a.name}` : a.name] = a.value;
      if (attrs.id) ids.add(attrs.id);
      if (tag === 'a' && attrs.name) ids.add(attrs.name);
      /** @param {string} attr @param {boolean} resource */
      const add = (attr, resource) => {
        if (attrs[attr] !== undefined) refs.push({ what: `<${tag} ${attr}>`, ref: attrs[attr], resource });
      };
      switch (tag) {
        case 'a':
        case 'area':
        case 'base':
          add('href', false);
          break;
        case 'form':
          add('action', false);
          break;
        case 'link': {
          const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
          const resource = rels.length === 0 || !rels.every((r) => NAVIGATION_RELS.has(r));
          if (attrs.href !== undefined) refs.push({ what: `<link rel="${rels.join(' ')}" href>`, ref: attrs.href, resource });
          break;
        }
        case 'meta':
          if ((attrs['http-equiv'] ?? '').toLowerCase() === 'refresh') {
            const m = /url\s*=\s*['"]?([^'"]+)/i.exec(attrs.content ?? '');
            if (m) refs.push({ what: '<meta refresh>', ref: m[1].trim(), resource: false });
          }
          break;
        case 'object':
          add('data', true);
          break;
        case 'video':
          add('poster', true);
          add('src', true);
          break;
        case 'use':
        case 'image':
        case 'feImage':
          add('href', true);
          add('xlink:href', true);
          break;
        default:
          add('src', true);
      }
      if (attrs.srcset !== undefined) {
        for (const candidate of attrs.srcset.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) refs.push({ what: `<${tag} srcset>`, ref: url, resource: true });
        }
      }
      if (attrs.style) {
        for (const ref of cssUrls(attrs.style)) refs.push({ what: `<${tag} style>`, ref, resource: true });
      }
      if (tag === 'style') {
        const text = node.childNodes.map((/** @type {any} */ c) => c.value ?? '').join('');
        for (const ref of cssUrls(text)) refs.push({ what: '<style>', ref, resource: true });
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content); // <template>
  };
  visit(parse(html));
  return { refs, ids };
}

/**
 * URLs a stylesheet loads: url(...) and @import "...".
 * @param {string} css
 */
export function cssUrls(css) {
  const out = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)) out.push(m[2]);
  for (const m of css.matchAll(/@import\s+(['"])(.*?)\1/g)) out.push(m[2]);
  return out.filter((u) => u.trim() !== '');
}

/**
 * @param {{ dist: string, base: string, site: string | undefined }} settings
 * @returns {{ failures: string[], summary: string }}
 */
export function checkLinks({ dist, base, site }) {
  const files = listFiles(dist);
  const fileSet = new Set(files);
  /** @type {Map<string, Set<string>>} */
  const idsByFile = new Map();
  /** @type {Reference[]} */
  const refs = [];
  // Without SITE_URL the pages link their own host only by paths.
  const origin = site ? new URL(site).origin : 'http://site.invalid';

  for (const file of files) {
    if (isHtml(file)) {
      const scanned = scanHtml(readFileSync(join(dist, file), 'utf8'));
      idsByFile.set(file, scanned.ids);
      for (const r of scanned.refs) refs.push({ ...r, from: file });
    } else if (file.endsWith('.css')) {
      for (const ref of cssUrls(readFileSync(join(dist, file), 'utf8'))) {
        refs.push({ from: file, what: 'CSS url()', ref, resource: true });
      }
    }
  }

  /** @type {Map<string, string[]>} problem -> files it occurs in */
  const problems = new Map();
  /** @param {Reference} r @param {string} why */
  const fail = (r, why) => {
    const key = `${r.what} "${r.ref}": ${why}`;
    const list = problems.get(key) ?? [];
    list.push(r.from);
    problems.set(key, list);
  };
  let internal = 0;
  let anchors = 0;
  let external = 0;

  for (const r of refs) {
    const raw = r.ref.trim();
    if (raw === '' || raw === '#') continue;
    // Starlight gives its 404 page (404.html) the canonical URL /404/, which no
    // server has: a canonical link on a not-found page is never followed.
    if (r.from === '404.html' && r.what === '<link rel="canonical" href>') continue;
    let url;
    try {
      url = new URL(raw, new URL(urlPathOf(r.from, base), origin));
    } catch {
      fail(r, 'not a valid URL');
      continue;
    }
    if (LOCAL_SCHEMES.has(url.protocol)) continue;
    if (url.origin !== origin) {
      if (r.resource) fail(r, `loads a resource from another host (${url.host || url.protocol})`);
      else external++;
      continue;
    }
    internal++;
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      fail(r, 'badly percent-encoded path');
      continue;
    }
    const target = fileForPath(pathname, base, fileSet);
    if ('error' in target) {
      fail(r, target.error);
      continue;
    }
    if (url.hash.length > 1 && isHtml(target.file)) {
      anchors++;
      let id;
      try {
        id = decodeURIComponent(url.hash.slice(1));
      } catch {
        fail(r, 'badly percent-encoded #fragment');
        continue;
      }
      // "#top" scrolls to the top of any page (HTML standard), with or without such an id.
      if (id !== 'top' && !idsByFile.get(target.file)?.has(id)) fail(r, `no element with id "${id}" in ${target.file}`);
    }
  }

  const failures = [...problems].map(([key, where]) => {
    const unique = [...new Set(where)];
    const list = unique.slice(0, 3).join(', ') + (unique.length > 3 ? `, ... (${unique.length} pages)` : '');
    return `${key} (in ${list})`;
  });
  const pages = files.filter(isHtml).length;
  return {
    failures,
    summary: `${pages} pages, ${internal} internal references, ${anchors} anchors, ${external} external links not followed`,
  };
}

if (isMain(import.meta.url)) {
  process.exitCode = report('links', checkLinks(checkSettings())) ? 0 : 1;
}
