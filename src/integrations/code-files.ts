/**
 * The files the site has one of per code (libs/code-files.ts), split from a build's
 * codes.json: each code's JSON and the pages of numbers one catalog uses.
 * `writeCodeFiles` writes them once `astro build` is done (scripts/build.mjs, beside the
 * search index); as Astro routes they took about a millisecond each, a third of the
 * build at 20,000 codes. `codeFilesIntegration` serves the same files in `astro dev`,
 * split from the dev server's own /codes.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteFiles } from '../libs/code-files.ts';
import type { ExportedCode } from '../libs/site-index.ts';

interface Options {
  /** The project's folder. */
  root: string;
  /** The content folder, relative to root. */
  contentDir: string;
  /** The base path, `/` or `/errors/`. */
  base: string;
  /** The site's origin. */
  site: string;
}

/**
 * A function from codes to their files, with the catalog names and removed codes read
 * from the content folder now. Its modules load here, not with the Astro config.
 */
export async function codeFilesMaker({ root, contentDir, base, site }: Options): Promise<(codes: readonly ExportedCode[]) => SiteFiles> {
  const [{ codeFiles }, { readRemovedUrls }, { defaultContentPaths, readRegistry }, { catalogLabeller }] = await Promise.all([
    import('../libs/code-files.ts'), import('../libs/published-urls.ts'), import('../libs/read-sources.ts'), import('../libs/site-index.ts'),
  ]);
  const paths = defaultContentPaths(root, contentDir);
  const { vendors, surfaces } = readRegistry(paths);
  const removed = readRemovedUrls(paths);
  const catalogLabel = catalogLabeller({ vendor: (slug) => vendors[slug]?.name, surface: (slug) => surfaces[slug]?.name });
  return (codes) => codeFiles({ codes, removed, base, site, catalogLabel });
}

/** Writes a built site's per-code files into its folder, from its codes.json; returns how many. */
export function writeCodeFiles(outDir: string, filesFor: (codes: readonly ExportedCode[]) => SiteFiles): number {
  const files = filesFor(JSON.parse(readFileSync(join(outDir, 'codes.json'), 'utf8')).codes);
  for (const folder of new Set([...files.keys()].map((path) => dirname(join(outDir, path))))) mkdirSync(folder, { recursive: true });
  for (const [path, body] of files) writeFileSync(join(outDir, path), body);
  return files.size;
}

export function codeFilesIntegration(options: Omit<Options, 'root'>): AstroIntegration {
  let root = process.cwd();
  const { base } = options;
  return {
    name: 'push-codes:code-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        // Only the shapes of those files: anything else (codes.json itself) goes on to Astro.
        const shape = new RegExp(`^${base}(?:[^/]+/[^/]+/[^/]+\\.json|code/[^/]+/)$`);
        server.middlewares.use(async (req, res, next) => {
          const path = decodeURI(new URL(req.url ?? '/', 'http://dev').pathname);
          if (!shape.test(path)) return next();
          try {
            const response = await fetch(new URL(`${base}codes.json`, `http://${req.headers.host}`));
            const filesFor = await codeFilesMaker({ ...options, root });
            const files = filesFor((await response.json()).codes);
            const relative = path.slice(base.length);
            const body = files.get(relative) ?? files.get(`${relative}index.html`);
            if (body === undefined) return next();
            res.setHeader('Content-Type', relative.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8');
            res.end(body);
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
