import { defineCollection, type ImageFunction } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { catalogsLoader, categoriesLoader, codesLoader, removedUrlsLoader, surfacesLoader, vendorsLoader } from './loaders/catalog-loader.ts';
import { siteSettings } from './libs/site-settings.ts';

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
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  codes: defineCollection({ loader: codesLoader({ contentDir }) }),
  catalogs: defineCollection({ loader: catalogsLoader({ contentDir }) }),
  categories: defineCollection({ loader: categoriesLoader({ contentDir }) }),
  removedUrls: defineCollection({ loader: removedUrlsLoader({ contentDir }) }),
  vendors: defineCollection({ loader: vendorsLoader({ contentDir }) }),
  surfaces: defineCollection({ loader: surfacesLoader({ contentDir }) }),
};
