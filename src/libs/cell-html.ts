/**
 * Cell Markdown → safe HTML. Cells are copied from vendors' pages and may hold raw
 * HTML; it goes through an allow-list sanitizer (rehype-sanitize): line breaks, lists,
 * code, emphasis and http(s) links survive; scripts, styles, event handlers, iframes,
 * forms and `javascript:`/`data:` URLs do not.
 */
import type { PhrasingContent, Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

export const cellSchema: SanitizeSchema = {
  tagNames: ['a', 'b', 'br', 'code', 'del', 'em', 'i', 'kbd', 'li', 'ol', 'p', 's', 'strong', 'sub', 'sup', 'ul'],
  attributes: { a: ['href', 'title'] },
  protocols: { href: ['http', 'https'] },
  strip: ['script', 'style', 'template', 'textarea', 'title', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
};

const cellRenderer = unified()
  // The default root handler puts a line break between top-level nodes: a cell is inline.
  .use(remarkRehype, { allowDangerousHtml: true, handlers: { root: (state, node) => state.all(node) } })
  .use(rehypeRaw)
  .use(rehypeSanitize, cellSchema)
  .use(rehypeStringify);

export function cellHtml(nodes: PhrasingContent[]): string {
  if (nodes.length === 0) return '';
  const root: Root = { type: 'root', children: nodes };
  return cellRenderer.stringify(cellRenderer.runSync(root)).trim();
}
