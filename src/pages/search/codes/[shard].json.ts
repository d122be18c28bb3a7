/** Shards of the exact-code index read by the search box: /search/codes/{key}.json */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../utils/site-data';
import { codePath, headlineOf } from '../../../libs/site-index';
import { groupIntoShards, leadingErrorName, shardFile, shorten, type CodeRow } from '../../../libs/code-lookup';

export const getStaticPaths = (async () => {
  const { index, vendors, surfaces } = await getSiteData();
  const rows: CodeRow[] = index.entries.flatMap((entry) => {
    const row: CodeRow = {
      code: entry.code,
      path: codePath(entry),
      vendor: vendors.get(entry.vendor)!.name,
      surface: surfaces.get(entry.surface)?.name ?? entry.surface,
      meaning: shorten(headlineOf(entry)?.text ?? ''),
    };
    const names = new Set(entry.meanings.map((m) => leadingErrorName(m.text)).filter((n) => n !== undefined));
    return [row, ...[...names].map((name) => ({ ...row, name }))];
  });
  return [...groupIntoShards(rows)].map(([key, shard]) => ({ params: { shard: shardFile(key) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json' } });
