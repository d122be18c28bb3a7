/**
 * Cell Markdown → safe HTML. Cells are copied from vendors' pages and may hold raw
 * HTML; it goes through an allow-list sanitizer (rehype-sanitize): line breaks, lists,
 * code, emphasis and http(s) links survive; scripts, styles, event handlers, iframes,
 * forms and `javascript:`/`data:` URLs do not. What it leaves out that the author wrote
 * is named (`renderCell`), so that it can be reported; an image is kept as its alt text.
 */
import type { Parents as HastParent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Cell } from './tables.ts';

export const cellSchema: SanitizeSchema = {
  tagNames: ['a', 'b', 'br', 'code', 'del', 'em', 'i', 'kbd', 'li', 'ol', 'p', 's', 'strong', 'sub', 'sup', 'ul'],
  attributes: { a: ['href', 'title'] },
  protocols: { href: ['http', 'https'] },
  strip: ['script', 'style', 'template', 'textarea', 'title', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
};

/** Elements the sanitizer removes with what they hold (`strip`); any other it does not allow, it unwraps and keeps the text of. */
const REMOVED_WITH_CONTENT = new Set(cellSchema.strip);

/** What the sanitizer would leave out of a cell: noted in `file.data.leftOut` (`<script>`, `<img>`); an image becomes its alt text. */
function noteWhatIsLeftOut() {
  return (tree: HastRoot, file: { data: Record<string, unknown> }) => {
    const leftOut = new Set<string>();
    const visit = (parent: HastParent) => {
      parent.children.forEach((child, i) => {
        if (child.type !== 'element') return;
        if (child.tagName === 'img') {
          leftOut.add('<img>');
          parent.children[i] = { type: 'text', value: String(child.properties['alt'] ?? '').trim() };
        } else if (REMOVED_WITH_CONTENT.has(child.tagName)) {
          leftOut.add(`<${child.tagName}>`);
        } else {
          visit(child);
        }
      });
    };
    visit(tree);
    file.data['leftOut'] = [...leftOut];
  };
}

const cellRenderer = unified()
  // The default root handler puts a line break between top-level nodes: a cell is inline.
  .use(remarkRehype, { allowDangerousHtml: true, handlers: { root: (state, node) => state.all(node) } })
  .use(rehypeRaw)
  .use(noteWhatIsLeftOut)
  .use(rehypeSanitize, cellSchema)
  .use(rehypeStringify);

export interface CellRendering {
  /** The cell as safe HTML; a cell the sanitizer would empty is its Markdown as text. */
  html: string;
  /** What the source has in the cell that the site does not publish: `<script>`, `<iframe>`, `<img>` (shown as its alt text)… */
  leftOut: string[];
  /** The sanitizer would have left nothing of a cell with text: `html` is the cell's Markdown, as text. */
  asSource: boolean;
}

export function renderCell({ nodes, markdown, text }: Pick<Cell, 'nodes' | 'markdown' | 'text'>): CellRendering {
  if (nodes.length === 0) return { html: '', leftOut: [], asSource: false };
  // Most cells are plain text: escaped as the sanitizer's output is, without a run through it.
  if (nodes.every((node) => node.type === 'text')) {
    return { html: toHtml({ type: 'root', children: nodes.map(({ value }) => ({ type: 'text', value })) }).trim(), leftOut: [], asSource: false };
  }
  const root: Root = { type: 'root', children: nodes };
  // unified copies this object's `data` by reference into the file the plugins see.
  const data: { leftOut?: string[] } = {};
  const html = cellRenderer.stringify(cellRenderer.runSync(root, { data })).trim();
  const leftOut = data.leftOut ?? [];
  if (html === '' && leftOut.length > 0 && text !== '') return { html: toHtml({ type: 'text', value: markdown }), leftOut, asSource: true };
  return { html, leftOut, asSource: false };
}
