import { z } from 'zod';

/** A URL the site has published whose code has left the sources (`content/published-urls.txt`). */
export const removedUrlSchema = z.object({
  /** The site path, from the base path: `/huawei/server/80300099/`. */
  path: z.string().startsWith('/'),
  /** The day its code left the sources, YYYY-MM-DD. */
  removed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/** Every removed URL of the list, in its order. */
export const removedUrlsSchema = z.object({ urls: z.array(removedUrlSchema) });
