/** The machine-readable catalog: every code with its meanings and their sources. */
import type { APIRoute } from 'astro';
import { getSiteData, url } from '../utils/site-data';
import { codePath } from '../libs/site-index';

export const GET: APIRoute = async ({ site }) => {
  const { index } = await getSiteData();
  const codes = index.entries.map(({ vendor, surface, code, numeric, likelySameAs, meanings, ...entry }) => ({
    vendor, surface, code,
    url: new URL(url(codePath(entry)), site).href,
    path: url(codePath(entry)),
    numeric, likelySameAs, meanings,
  }));
  return new Response(JSON.stringify({ codes }, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
