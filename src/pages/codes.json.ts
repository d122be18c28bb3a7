/** The machine-readable catalog: every code with its meanings and their sources. */
import type { APIRoute } from 'astro';
import { getSiteData, absoluteUrl } from '../utils/site-data';
import { codePath, exportEntry } from '../libs/site-index';

export const GET: APIRoute = async () => {
  const { index } = await getSiteData();
  const codes = index.entries.map((entry) => exportEntry(entry, absoluteUrl(codePath(entry))));
  return new Response(JSON.stringify({ codes }, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
