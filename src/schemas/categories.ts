import { z } from 'zod';

/**
 * `content/categories.yml`: this site's categories of codes across vendors, keyed by
 * the category's slug (its URL: /category/{slug}/). A category is this site's reading
 * of the vendors' words, never the vendor's own: each code gets the categories whose
 * rules match one of its meanings, plus the ones it is pinned to by hand.
 *
 * ```yaml
 * invalid-token:
 *   name: Invalid or expired token
 *   means: The device token … no longer reaches a device.
 *   fix: Drop the token and send to the new one the app registers.
 *   match: ['\binvalid (device )?token\b', '\bUNREGISTERED\b']
 *   unless: ['provider token']
 *   pin: [meizu/server/520]
 *   exclude: [tpns/server/10010005]
 * ```
 */

/** A slug used in URLs: lowercase letters, digits and dashes. */
export const categorySlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes');

/** A regular expression, written as JavaScript reads it (no slashes, no flags); matched case-insensitively. */
const pattern = z.string().min(1).superRefine((source, context) => {
  try {
    new RegExp(source, 'i');
  } catch (error) {
    context.addIssue({ code: 'custom', message: `is not a valid regular expression: ${(error as Error).message}` });
  }
});

/** A code's id, as in its page's URL: `huawei/server/80300007`. */
const entryId = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+\/[^/\s]+$/, 'write a code as {vendor}/{surface}/{code}, e.g. huawei/server/80300007');

export const categorySchema = z.strictObject({
  /** Shown on chips and as the page title: "Invalid or expired token". */
  name: z.string().min(1),
  /** One line: what the codes of this category mean. */
  means: z.string().min(1),
  /** One line: what usually fixes it. */
  fix: z.string().min(1),
  /**
   * A code belongs here when one of its meanings matches one of these (case-insensitive)
   * in its description or its English descriptor.
   */
  match: z.array(pattern).default([]),
  /** …unless that same text also matches one of these. */
  unless: z.array(pattern).default([]),
  /** Only codes of these vendors (slugs of `content/vendors.yml`). */
  vendors: z.array(categorySlugSchema).min(1).optional(),
  /** Only codes of these surfaces (slugs of `content/surfaces.yml`). */
  surfaces: z.array(categorySlugSchema).min(1).optional(),
  /** Codes put here by hand, whatever the rules say: `{vendor}/{surface}/{code}`. */
  pin: z.array(entryId).default([]),
  /** Codes kept out by hand although a rule matches them. */
  exclude: z.array(entryId).default([]),
});

export const categoriesFileSchema = z.record(categorySlugSchema, categorySchema);

export type CategoryData = z.infer<typeof categorySchema>;
