/** The list of exact-code shards, so the search box never asks for one that does not exist. */
import type { APIRoute } from 'astro';
import { getStaticPaths as shardPaths } from './[shard].json';

export const GET: APIRoute = async () => {
  const shards = (await shardPaths()).map(({ params }) => params.shard).sort();
  return new Response(JSON.stringify(shards), { headers: { 'Content-Type': 'application/json' } });
};
