/** One code as JSON, the same object as in codes.json: /{vendor}/{surface}/{code}.json */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData, absoluteUrl } from '../../../utils/site-data';
import { codePath, exportEntry } from '../../../libs/site-index';

export const getStaticPaths = (async () => {
  const { index } = await getSiteData();
  return index.entries.map((entry) => ({
    params: { vendor: entry.vendor, surface: entry.surface, code: entry.slug },
    props: { entry },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(exportEntry(props.entry, absoluteUrl(codePath(props.entry))), null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
