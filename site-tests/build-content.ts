/**
 * Builds the site from a content folder made for a test: the real content/ with some
 * source files added, written inside the project (CONTENT_DIR must be) where nothing
 * watches it, and built by scripts/build.mjs (what `npm run build` runs) into a temporary
 * folder, at the root of the host.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');

export interface ContentBuild {
  ok: boolean;
  /** What the build printed, stdout then stderr. */
  output: string;
  outDir: string;
  /** Deletes the content folder and the build. */
  remove(): void;
}

/** `sources`: file name → Markdown, added to content/sources/; `env`: more settings (BUILD_HEAP_MB…). */
export function buildWithSources(sources: Record<string, string>, env: Record<string, string> = {}): ContentBuild {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const contentDir = mkdtempSync(join(root, 'node_modules/.cache/test-content-'));
  const outDir = mkdtempSync(join(tmpdir(), 'test-content-dist-'));
  const remove = () => {
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  };
  try {
    cpSync(join(root, 'content'), contentDir, { recursive: true });
    for (const [name, text] of Object.entries(sources)) writeFileSync(join(contentDir, 'sources', name), text);
    // Vitest puts its import.meta.env in the environment (DEV=1, MODE=test…), which Astro would take for
    // the site's: built as in `astro dev`, every page would read the site's data again.
    const { DEV, PROD, SSR, MODE, BASE_URL, NODE_ENV, SITE_URL, ...inherited } = process.env;
    const run = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outDir', outDir], {
      cwd: root,
      encoding: 'utf8',
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: relative(root, contentDir), BASE_PATH: '/', ...env },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    });
    return { ok: run.status === 0, output: `${run.stdout ?? ''}\n${run.stderr ?? ''}${run.error ? String(run.error) : ''}`, outDir, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
