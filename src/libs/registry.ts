/**
 * `content/vendors.yml` and `content/surfaces.yml` → the registry: the vendors and
 * surfaces a source may name, validated entry by entry so one bad entry does not take
 * the others with it. Light (YAML and zod only): the Astro config reads it for the sidebar.
 */
import type { z } from 'zod';
import { surfacesFileSchema, vendorsFileSchema, type Registry } from '../schemas/registry.ts';
import { readContentText } from './content-files.ts';
import type { ContentPaths } from './content-paths.ts';
import type { Diagnostic } from './diagnostics.ts';
import { issuePaths, parseYamlWithLines } from './yaml-lines.ts';

/** The registry; problems are added to `diagnostics` with their file and line. */
export function readRegistry(paths: Pick<ContentPaths, 'root' | 'vendors' | 'surfaces'>, diagnostics: Diagnostic[] = []): Registry {
  return {
    vendors: readRegistryFile(paths, paths.vendors, vendorsFileSchema, diagnostics),
    surfaces: readRegistryFile(paths, paths.surfaces, surfacesFileSchema, diagnostics),
  };
}

function readRegistryFile<T extends z.ZodType>(paths: Pick<ContentPaths, 'root'>, file: string, schema: T, diagnostics: Diagnostic[]): z.infer<T> {
  const report = (line: number, message: string, action: string) => diagnostics.push({ severity: 'error', file, line, message, action });
  const read = readContentText(paths.root, file);
  if (!read.ok) {
    report(read.line, read.message, read.action ?? 'create the file: YAML, one entry per slug');
    return {} as z.infer<T>;
  }
  const yaml = parseYamlWithLines(read.text);
  for (const error of yaml.errors) report(error.line, error.message, error.action ?? 'fix the YAML: one entry per slug');
  if (yaml.errors.length > 0) return {} as z.infer<T>;
  // Each entry on its own, so one bad entry does not take the others with it.
  const value = yaml.value ?? {};
  const entries = typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [[undefined, value] as const];
  const registry: Record<string, unknown> = {};
  for (const [slug, entry] of entries) {
    const parsed = schema.safeParse(slug === undefined ? entry : { [slug]: entry });
    if (parsed.success) {
      Object.assign(registry, parsed.data);
      continue;
    }
    for (const issue of parsed.error.issues) {
      // A slug the schema refuses for a reason of its own (schemas/registry.ts): that reason, not zod's "Invalid key".
      const slugReason = issue.code === 'invalid_key' ? issue.issues.find((inner) => inner.code === 'custom') : undefined;
      for (const path of issuePaths(issue)) {
        report(yaml.lineOf(path), `${path.length > 0 ? `"${path.join('.')}"` : 'the file'}: ${(slugReason ?? issue).message}`,
          slugReason ? 'choose another slug' : 'each entry is a slug (lowercase letters, digits, dashes) with the fields listed at the top of the file');
      }
    }
  }
  return registry as z.infer<T>;
}

