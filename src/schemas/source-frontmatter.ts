import { z } from 'zod';
import { columnRoleSchema } from './column-role.ts';
import { boundedText, DESCRIPTION_MAX, maxLength, NAME_MAX } from './text.ts';

/**
 * One item per table of a source document, in document order: whose codes the table
 * holds. The slugs are checked against `content/vendors.yml` and `content/surfaces.yml`.
 */
export const sourceTableSchema = z.strictObject({
  vendor: boundedText(NAME_MAX),
  surface: boundedText(NAME_MAX),
  /** The vendor label was inferred from the codes, not stated by the source. */
  inferred: z.boolean().default(false),
  /**
   * What each column holds, by its header as the table writes it (`Reason: name`); a
   * column not named here has the role its header suggests (libs/column-roles.ts).
   */
  columns: z.record(z.string().min(1), columnRoleSchema).optional(),
});

/** The YAML frontmatter of a source document in `content/sources/`. */
export const sourceFrontmatterSchema = z.strictObject({
  /** The source document's title, shown beside every meaning taken from it. */
  title: boundedText(NAME_MAX),
  /** Where the document was published. */
  url: z.url({ protocol: /^https?$/ }).max(DESCRIPTION_MAX, maxLength(DESCRIPTION_MAX)).optional(),
  tables: z.array(sourceTableSchema).min(1),
});

export type SourceFrontmatter = z.infer<typeof sourceFrontmatterSchema>;
export type SourceTableAttribution = z.infer<typeof sourceTableSchema>;
