/**
 * Starlight's sidebar: a link to the categories, then each vendor with its catalogs, never
 * individual codes (Starlight renders the whole sidebar into every page). Read from the
 * sources' frontmatter, the registry and content/categories.yml when the config loads,
 * so it needs no parse of the tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { defaultContentPaths, sourceFileNames } from '../libs/content-paths.ts';
import { catalogPath, vendorPath } from '../libs/site-index.ts';
import { readCategories } from '../libs/categories.ts';

interface SidebarLink { label: string; link: string }
interface SidebarGroup { label: string; items: SidebarLink[] }

export function catalogSidebar(root: string, contentDir = 'content'): (SidebarLink | SidebarGroup)[] {
  const paths = defaultContentPaths(root, contentDir);
  const vendors: Record<string, { name: string }> = parseYaml(readFileSync(join(root, paths.vendors), 'utf8')) ?? {};
  const surfaces: Record<string, { name: string }> = parseYaml(readFileSync(join(root, paths.surfaces), 'utf8')) ?? {};
  const used = new Set<string>();
  for (const name of sourceFileNames(join(root, paths.sources))) {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, paths.sources, name), 'utf8'))?.[1];
    // A broken frontmatter is reported by the content loader with its line; skip it here.
    let tables: unknown = [];
    try {
      tables = frontmatter ? parseYaml(frontmatter)?.tables : [];
    } catch {}
    if (Array.isArray(tables)) for (const t of tables) used.add(`${t?.vendor}/${t?.surface}`);
  }
  const groups = Object.entries(vendors).flatMap(([vendor, { name }]) => {
    const items = Object.entries(surfaces)
      .filter(([surface]) => used.has(`${vendor}/${surface}`))
      .map(([surface, s]) => ({ label: s.name, link: `/${catalogPath(vendor, surface)}` }));
    return items.length === 0 ? [] : [{ label: name, items: [{ label: 'Overview', link: `/${vendorPath(vendor)}` }, ...items] }];
  });
  // An invalid category is reported by the build with its line; it is left out here.
  // One link: the categories' own page lists them, and every page carries the sidebar.
  const byProblem = readCategories(root, paths.categories).categories.length === 0 ? [] : [{ label: 'Codes by problem', link: '/category/' }];
  return [{ label: 'About these pages', link: '/about/' }, ...byProblem, ...groups];
}
