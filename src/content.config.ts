import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { catalogsLoader, codesLoader } from './loaders/catalog-loader.ts';
import { surfaceSchema, vendorSchema } from './schemas/registry.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  codes: defineCollection({ loader: codesLoader() }),
  catalogs: defineCollection({ loader: catalogsLoader() }),
  vendors: defineCollection({ loader: file('content/vendors.yml'), schema: vendorSchema }),
  surfaces: defineCollection({ loader: file('content/surfaces.yml'), schema: surfaceSchema }),
};
