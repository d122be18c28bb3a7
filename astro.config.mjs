// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import { siteSettings } from './src/libs/site-settings.ts';
import { catalogSidebar } from './src/integrations/catalog-sidebar.ts';
import { catalogBuild } from './src/build/catalog-integration.ts';
import { contentSecurityPolicyInBuild } from './src/integrations/content-security-policy.ts';

const { base, site, contentDir } = siteSettings(process.env);

/**
 * Starlight adds @astrojs/sitemap unless an integration of that name is there. A sitemap
 * lists absolute URLs, which a build without SITE_URL cannot know: this stand-in keeps
 * Starlight from adding one that would only warn and skip.
 */
const noSitemap = { name: '@astrojs/sitemap', hooks: {} };

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Every page links the same few stylesheets and scripts instead of carrying copies:
  // smaller pages (thousands of code pages) and one download for the browser to cache.
  // Four pages at a time: a page's render often waits on the disk, and the next one can
  // use that time (about 30% faster than one at a time at 2,000 codes; more did not help).
  build: { inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    // Reads the sources for the loaders, and writes the files beside the pages and the search index (src/build/).
    // scripts/build.mjs (`npm run build`) starts Astro with an IPC channel and has Pagefind index the search
    // records once Astro has exited: at 20,000 codes Pagefind's 0.5 GB would otherwise come on top of Astro's.
    catalogBuild({ base, site, contentDir, searchIndex: process.send ? 'to-parent' : 'in-build' }),
    starlight({
      title: 'Push Error Codes',
      description:
        'What a push-notification error code means in every catalog that uses it: TPNS, XGPush, Tencent Cloud Chat push, Xiaomi, Huawei, OPPO, vivo, Meizu, Honor, FCM and APNs.',
      favicon: '/favicon.svg',
      customCss: ['./src/styles/controls.css'],
      sidebar: catalogSidebar(fileURLToPath(new URL('.', import.meta.url)), contentDir),
      // src/pages/404.astro explains a missing code instead.
      disable404Route: true,
      // The search index is made from the catalog, not from the built pages (src/build/).
      pagefind: false,
      // No page has a code block: nothing for Expressive Code to do.
      expressiveCode: false,
      components: {
        Search: './src/components/Search.astro',
        // Head entries' content as text (a title cannot end in script), and the Content-Security-Policy.
        Head: './src/components/Head.astro',
      },
    }),
    contentSecurityPolicyInBuild(),
    ...(site ? [] : [noSitemap]),
  ],
});
