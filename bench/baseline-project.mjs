/**
 * The plain-Starlight way, for comparison: the same codes as one Markdown page each,
 * src/content/docs/{vendor}/{surface}/{code}.md with the same words as text (every column
 * of every meaning and its source, and what to do: each category's fix and the action's
 * words, as codes.json lists them), in a bare Starlight project (same Astro and Starlight,
 * linked node_modules). Two sidebars:
 * - `default`: no `sidebar` option, so Starlight lists every page in every page (what a
 *   team gets by default; each page then carries a link to every code);
 * - `vendors`: the sidebar limited to the vendors and their catalogs, as our site has, for
 *   comparing a code page's chrome with the same text.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { linkNodeModules } from './build-and-measure.mjs';
import { ACTIONS } from '../src/schemas/actions.ts';

/** Markdown text for a plain string: characters Markdown would read escaped. */
const md = (text) => text.replace(/[\\`*_[\]<>|#]/g, '\\$&');
const yamlString = (text) => JSON.stringify(text);

/** The file a code's page comes from, relative to src/content/docs: `tpns/server/1008001.md`. */
export function baselinePagePath(entry) {
  return `${entry.vendor}/${entry.surface}/${entry.code.toLowerCase()}`;
}

/**
 * Writes the baseline project for `codes` (entries of our build's codes.json) into `dir`.
 * @param {'default' | 'vendors'} sidebar
 */
export function writeBaseline({ repo, dir, codes, sidebar }) {
  rmSync(dir, { recursive: true, force: true });
  const vendors = parseYaml(readFileSync(join(repo, 'content/vendors.yml'), 'utf8'));
  const surfaces = parseYaml(readFileSync(join(repo, 'content/surfaces.yml'), 'utf8'));
  const categories = parseYaml(readFileSync(join(repo, 'content/categories.yml'), 'utf8')) ?? {};
  const catalogLabel = (e) => `${vendors[e.vendor]?.name ?? e.vendor} ${surfaces[e.surface]?.name ?? e.surface}`;
  const write = (path, text) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  const catalogs = new Map();
  for (const e of codes) catalogs.set(e.vendor, new Set([...(catalogs.get(e.vendor) ?? []), e.surface]));
  const vendorSidebar = [
    { label: 'About these pages', link: '/about/' },
    ...[...catalogs].map(([vendor, used]) => ({
      label: vendors[vendor]?.name ?? vendor,
      items: [{ label: 'Overview', link: `/${vendor}/` }, ...[...used].map((s) => ({ label: surfaces[s]?.name ?? s, link: `/${vendor}/${s}/` }))],
    })),
  ];

  // Astro bundles the packages the project depends on (Starlight's virtual modules need it).
  const { dependencies } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const deps = { astro: dependencies.astro, '@astrojs/starlight': dependencies['@astrojs/starlight'] };
  write('package.json', JSON.stringify({ name: 'plain-starlight-baseline', private: true, type: 'module', dependencies: deps }, null, 2));
  write('astro.config.mjs', [
    "import { defineConfig } from 'astro/config';",
    "import starlight from '@astrojs/starlight';",
    '',
    'export default defineConfig({',
    "  integrations: [starlight({ title: 'Push Error Codes'" + (sidebar === 'vendors' ? `, sidebar: ${JSON.stringify(vendorSidebar)}` : '') + ' })],',
    '});',
    '',
  ].join('\n'));
  write('src/content.config.mjs', [
    "import { defineCollection } from 'astro:content';",
    "import { docsLoader } from '@astrojs/starlight/loaders';",
    "import { docsSchema } from '@astrojs/starlight/schema';",
    'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
    '',
  ].join('\n'));
  write('src/content/docs/index.md', '---\ntitle: Push Error Codes\n---\nWhat a push-notification error code means.\n');

  for (const entry of codes) {
    const title = `${entry.code} · ${catalogLabel(entry)}`;
    const body = entry.meanings.flatMap((m) => [
      ...m.columns.filter((c) => c.text !== '').map((c) => `**${md(c.name)}:** ${md(c.text)}\n`),
      `Source: [${md(m.source.title)}](${m.source.url ?? '#'})\n`,
    ]);
    const whatToDo = [
      ...entry.categories.filter((slug) => categories[slug]).map((slug) => `**${md(categories[slug].name)}:** ${md(categories[slug].fix)}\n`),
      ...entry.actions.map((action) => `Action for programs: \`${action}\` — ${md(ACTIONS[action])}\n`),
    ];
    write(`src/content/docs/${baselinePagePath(entry)}.md`, [
      '---', `title: ${yamlString(title)}`, `description: ${yamlString(entry.summary ?? 'No description in the source.')}`, '---', '',
      entry.summary === null ? 'No description in the source.\n' : '', ...body,
      ...(whatToDo.length > 0 ? ['## What to do\n', ...whatToDo] : []),
    ].join('\n'));
  }
  linkNodeModules(repo, dir);
}
