/**
 * `astro build` syncs the content collections through a temporary Vite dev server, and
 * that server pre-bundles the dev toolbar's browser dependencies: about half a second
 * at the start of every build, for a server no browser will visit. This turns the
 * pre-bundling off in builds; `astro dev` keeps it.
 */
import type { AstroIntegration } from 'astro';

type OptimizeDeps = { optimizeDeps?: { include?: string[] } };

export function noPrebundlingInBuild(): AstroIntegration {
  // With no dependency listed (the server finds none itself), Vite does not start its optimizer.
  const listNone = (options: OptimizeDeps) => {
    if (options.optimizeDeps) options.optimizeDeps.include = [];
  };
  return {
    name: 'push-codes:no-prebundling-in-build',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [{ name: 'push-codes:no-prebundling', enforce: 'post', config: listNone, configEnvironment: (_name: string, options: OptimizeDeps) => listNone(options) }] } });
      },
    },
  };
}
