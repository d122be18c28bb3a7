/**
 * The anchors of code pages the site has published, kept in
 * `content/published-anchors.txt` so that a link to one source's wording of a code
 * (`…/1008001/#tpns-rest-api-1008001`) keeps reaching it. Each line is a code page's path
 * with an anchor; an anchor the page no longer gives to any meaning is followed by the
 * anchor of the meaning it now reaches, and the page answers it too (the meaning's
 * `aliases`). Anchors were the source file's stem and the row's line
 * (`#tpns-rest-api-l12`) until rows were anchored by what they say; those are kept here
 * with the meaning each reached. A line that starts with `#` is a comment. `npm run urls:update` writes it.
 */
import type { CatalogEntry } from '../schemas/catalog.ts';
import { lineAnchor } from './catalog.ts';
import { readContentText } from './content-files.ts';
import type { ContentPaths } from './content-paths.ts';
import type { Diagnostic } from './diagnostics.ts';
import { codePagePath } from './urls.ts';

export interface PublishedAnchor {
  /** The code page's path, from the base path: `/tpns/server/1008001/`. */
  path: string;
  anchor: string;
  /** The anchor of the meaning it reaches, when the page no longer gives it to one. */
  target?: string | undefined;
  /** Its line in the list, for diagnostics. */
  line?: number;
}

const LINE = /^(\/\S*\/)#(\S+)(?:\s+(\S+))?$/;

/** The list's anchors, and a diagnostic for each line that is not one. */
export function parsePublishedAnchors(text: string, file: string): { anchors: PublishedAnchor[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const anchors = text.split('\n').flatMap((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return [];
    const match = LINE.exec(line);
    if (match) return [{ path: match[1]!, anchor: match[2]!, target: match[3], line: i + 1 }];
    diagnostics.push({ severity: 'error', file, line: i + 1, message: `"${line}" is not a page path with an anchor`,
      action: 'write one anchor per line, as "/vendor/surface/code/#anchor", optionally followed by the anchor of the meaning it now reaches' });
    return [];
  });
  return { anchors, diagnostics };
}

export function formatPublishedAnchors(anchors: readonly PublishedAnchor[]): string {
  const header = '# Every anchor of a code page the site has published (relative to the base path), then, where the\n'
    + '# page no longer gives it to a meaning, the anchor of the meaning it reaches. `npm run urls:update` adds new ones.\n';
  return header + anchors.map((a) => `${a.path}#${a.anchor}${a.target ? ` ${a.target}` : ''}`).join('\n') + '\n';
}

/** The content folder's list; a folder that has never been published (a test fixture) has none. */
export function readPublishedAnchors(paths: Pick<ContentPaths, 'root' | 'anchors'>): { anchors: PublishedAnchor[]; diagnostics: Diagnostic[] } {
  const read = readContentText(paths.root, paths.anchors);
  if (!read.ok) {
    return { anchors: [], diagnostics: read.missing ? [] : [{ severity: 'error', file: paths.anchors, line: read.line, message: read.message,
      action: read.action ?? 'make it a readable file: one published anchor per line (`npm run urls:update` writes it)' }] };
  }
  return parsePublishedAnchors(read.text, paths.anchors);
}

/**
 * Gives each meaning the earlier anchors that reach it (`aliases`), and reports each
 * anchor of the list that reaches no meaning of its page. Anchors of pages that are
 * gone (removed codes) are left alone: their page says the code was removed.
 */
export function applyPublishedAnchors(entries: readonly CatalogEntry[], anchors: readonly PublishedAnchor[], file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const pages = new Map(entries.map((entry) => [`/${codePagePath(entry)}`, entry]));
  for (const { path, anchor, target, line = 1 } of anchors) {
    const entry = pages.get(path);
    if (!entry) continue;
    const meaningOf = (id: string) => entry.meanings.find((m) => m.id === id);
    const ids = () => entry.meanings.map((m) => m.id).join(', ');
    const now = meaningOf(anchor);
    if (now && (target === undefined || target === anchor)) continue;
    if (now) {
      diagnostics.push({ severity: 'warning', file, line, message: `${path}#${anchor} is now the anchor of another meaning than ${target}`,
        action: 'links to it land on that meaning; delete the line if that is right' });
    } else if (target === undefined) {
      diagnostics.push({ severity: 'warning', file, line, message: `${path}#${anchor}: the page no longer has this anchor`,
        action: `links to it land at the top of the page; add after it the anchor of the meaning it should reach (${ids()})` });
    } else {
      const meaning = meaningOf(target);
      if (meaning) meaning.aliases.push(anchor);
      else {
        diagnostics.push({ severity: 'warning', file, line, message: `${path}#${anchor} reaches "${target}", which the page does not have`,
          action: `links to it land at the top of the page; write the anchor of the meaning it should reach instead (${ids()})` });
      }
    }
  }
  return diagnostics;
}

/**
 * The list with the anchors the site has now added. `withLineAnchors`: the site has
 * published line anchors (`#tpns-rest-api-l12`) that are not in the list yet; each is
 * recorded with the meaning that is at that line now, so this is right only before the
 * sources change.
 */
export function updatePublishedAnchors(list: readonly PublishedAnchor[], entries: readonly CatalogEntry[], withLineAnchors = false) {
  const known = new Set(list.map((a) => `${a.path}#${a.anchor}`));
  const added: PublishedAnchor[] = [];
  const add = (anchor: PublishedAnchor) => {
    if (known.has(`${anchor.path}#${anchor.anchor}`)) return;
    known.add(`${anchor.path}#${anchor.anchor}`);
    added.push(anchor);
  };
  for (const entry of entries) {
    const path = `/${codePagePath(entry)}`;
    for (const meaning of entry.meanings) {
      add({ path, anchor: meaning.id });
      if (withLineAnchors) add({ path, anchor: lineAnchor(meaning.source), target: meaning.id });
    }
  }
  const byPath = (a: PublishedAnchor, b: PublishedAnchor) => a.path.localeCompare(b.path, 'en') || a.anchor.localeCompare(b.anchor, 'en');
  const anchors = [...list, ...added].map(({ line: _, ...anchor }) => anchor).sort(byPath);
  return { anchors, added };
}
