import { defineCollection, type ImageFunction } from 'astro:content';
import { file } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { catalogsLoader, codesLoader } from './loaders/catalog-loader.ts';
import { surfaceSchema, vendorSchema } from './schemas/registry.ts';
import { siteSettings } from './integrations/site-settings.mjs';

const { contentDir } = siteSettings(process.env);

/**
 * Starlight's frontmatter schema, built once. <StarlightPage> validates each page's
 * frontmatter against the docs collection's schema, and Starlight's default (a function)
 * builds it anew for every page: about a millisecond each, thousands of code pages.
 * The docs pages here have no images; one given would fail with this message.
 */
const noImages = () => z.custom<never>(() => false, 'this site\'s docs pages take no images: remove the image from the frontmatter');
// Starlight types `image` as Astro's image helper; this one rejects every value instead.
const docsFrontmatter = docsSchema()({ image: noImages as unknown as ImageFunction });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsFrontmatter }),
  codes: defineCollection({ loader: codesLoader({ contentDir }) }),
  catalogs: defineCollection({ loader: catalogsLoader({ contentDir }) }),
  vendors: defineCollection({ loader: file(`${contentDir}/vendors.yml`), schema: vendorSchema }),
  surfaces: defineCollection({ loader: file(`${contentDir}/surfaces.yml`), schema: surfaceSchema }),
};
