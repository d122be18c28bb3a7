import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { catalogsLoader, codesLoader } from './loaders/catalog-loader.ts';
import { surfaceSchema, vendorSchema } from './schemas/registry.ts';
import { siteSettings } from './integrations/site-settings.mjs';

const { contentDir } = siteSettings(process.env);

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  codes: defineCollection({ loader: codesLoader({ contentDir }) }),
  catalogs: defineCollection({ loader: catalogsLoader({ contentDir }) }),
  vendors: defineCollection({ loader: file(`${contentDir}/vendors.yml`), schema: vendorSchema }),
  surfaces: defineCollection({ loader: file(`${contentDir}/surfaces.yml`), schema: surfaceSchema }),
};
