import { z } from 'zod';
import { vendorSlugProblem } from '../libs/urls.ts';
import { boundedText, DESCRIPTION_MAX, NAME_MAX } from './text.ts';

/** A slug used in URLs: lowercase letters, digits and dashes. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes');

/** A vendor in `content/vendors.yml`, keyed by its slug. */
export const vendorSchema = z.strictObject({
  /** Short name used in titles: "TPNS", "Huawei". */
  name: boundedText(NAME_MAX),
  /** Full name: "Tencent Push Notification Service". */
  title: boundedText(NAME_MAX),
  /** One line about what it is. */
  description: boundedText(DESCRIPTION_MAX),
  /**
   * The words the vendor goes by in logs, hostnames and package names (`HMS`, `hcm`,
   * `api.push.apple.com`), besides its name: the search box reads them in a paste to rank
   * that vendor's catalogs first. Matched as whole words in any case; a word of up to
   * three capitals (`HMS`, `TIM`) only in capitals or all in lower case.
   */
  words: z.array(boundedText(NAME_MAX)).optional(),
});

/** A surface in `content/surfaces.yml`, keyed by its slug: where a code is returned. */
export const surfaceSchema = z.strictObject({
  name: boundedText(NAME_MAX),
  description: boundedText(DESCRIPTION_MAX),
});

/** A vendor's slug is the first segment of its pages' URLs: never one the site uses itself (`code`, `search`…). */
const vendorSlug = slug.superRefine((value, context) => {
  const problem = vendorSlugProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: `${problem}, so the vendor's pages cannot be at /${value}/` });
});

export const vendorsFileSchema = z.record(vendorSlug, vendorSchema);
export const surfacesFileSchema = z.record(slug, surfaceSchema);

export type Vendor = z.infer<typeof vendorSchema>;
export type Surface = z.infer<typeof surfaceSchema>;

/** The vendors and surfaces a source may name, in declaration order. */
export interface Registry {
  vendors: Record<string, Vendor>;
  surfaces: Record<string, Surface>;
}
