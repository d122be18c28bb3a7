/**
 * Starlight's sidebar: the about page, the categories and the actions, then each vendor with its catalogs,
 * never individual codes (Starlight renders the whole sidebar into every page). Made when
 * the config loads, from the registry and the sources' frontmatter through the same
 * validated readers as the build (libs/registry.ts, libs/frontmatter.ts), without parsing
 * the tables; what they cannot read is left out here and reported by the build.
 */
import { defaultContentPaths } from '../libs/content-paths.ts';
import { sourceCatalogs } from '../libs/frontmatter.ts';
import { readRegistry } from '../libs/registry.ts';
import { aboutPath, actionsPath, catalogPath, categoriesPath, vendorPath } from '../libs/urls.ts';

interface SidebarLink { label: string; link: string }
interface SidebarGroup { label: string; items: SidebarLink[] }

export function catalogSidebar(root: string, contentDir = 'content'): (SidebarLink | SidebarGroup)[] {
  const paths = defaultContentPaths(root, contentDir);
  const registry = readRegistry(paths);
  const used = sourceCatalogs(paths, registry);
  const groups = Object.entries(registry.vendors).flatMap(([vendor, { name }]) => {
    const items = Object.entries(registry.surfaces)
      .filter(([surface]) => used.has(`${vendor}/${surface}`))
      .map(([surface, s]) => ({ label: s.name, link: `/${catalogPath(vendor, surface)}` }));
    return items.length === 0 ? [] : [{ label: name, items: [{ label: 'Overview', link: `/${vendorPath(vendor)}` }, ...items] }];
  });
  // One link: the categories' own page lists them, and every page carries the sidebar.
  return [
    { label: 'About these pages', link: `/${aboutPath}` },
    { label: 'Codes by problem', link: `/${categoriesPath}` },
    { label: 'What to do, by action', link: `/${actionsPath}` },
    ...groups,
  ];
}
