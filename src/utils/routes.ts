/**
 * The routes' `getStaticPaths`: each route renders the site's pages of some kinds
 * (libs/site-pages.ts decides which pages exist), and a page's params are read from its
 * path by the route's pattern, so a page is built exactly at the path the list gives it.
 */
import { pagesOf, type SitePageKind, type SitePageOf } from '../libs/site-pages.ts';
import { getSiteData } from './site-data.ts';

/** `staticPathsOf('[vendor]/[surface]/[code]', 'code', 'removed-code')` */
export async function staticPathsOf<K extends SitePageKind>(pattern: string, ...kinds: K[]): Promise<{ params: Record<string, string>; props: { page: SitePageOf<K> } }[]> {
  const { pages } = await getSiteData();
  const route = pattern.split('/');
  return pagesOf(pages, ...kinds).map((page) => {
    const segments = page.path.replace(/\/$/, '').split('/');
    const params: Record<string, string> = {};
    const fits = segments.length === route.length && route.every((part, i) => {
      const name = /^\[(\w+)\]$/.exec(part)?.[1];
      if (name) params[name] = segments[i]!;
      return name !== undefined || part === segments[i];
    });
    if (!fits) throw new Error(`the page ${page.path} (${page.kind}) does not fit its route ${pattern}`);
    return { params, props: { page } };
  });
}
