/**
 * One code as JSON, the same object as in codes.json: /{vendor}/{surface}/{code}.json
 * A code that left the sources keeps its file, saying when.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData, absoluteUrl } from '../../../utils/site-data';
import { codePath, exportEntry } from '../../../libs/site-index';
import { codePagePath } from '../../../libs/published-urls';

export const getStaticPaths = (async () => {
  const { index, removed } = await getSiteData();
  const current = index.entries.map((entry) => ({
    params: { vendor: entry.vendor, surface: entry.surface, code: entry.slug },
    props: { json: exportEntry(entry, absoluteUrl(codePath(entry))) },
  }));
  const gone = removed.flatMap(({ path, removed: date }) => {
    const page = path.endsWith('.json') ? codePagePath(`${path.slice(0, -'.json'.length)}/`) : null;
    return page ? [{ params: page, props: { json: { ...page, url: absoluteUrl(path.replace(/\.json$/, '/')), removed: date } } }] : [];
  });
  return [...current, ...gone];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.json, null, 1), { headers: { 'Content-Type': 'application/json' } });
