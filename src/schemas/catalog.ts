/**
 * The catalog as the site and `codes.json` see it. Zod schemas, so the content layer
 * validates what the loader stores and the pages get typed data.
 */
import { z } from 'zod';
import { ACTION_SLUGS, actionSchema } from './actions.ts';
import { cellRoleSchema } from './column-role.ts';

/** Where a meaning came from. */
export const meaningSourceSchema = z.object({
  file: z.string().describe('The source file, e.g. `content/sources/tpns-ios-sdk.md`.'),
  line: z.number().int().positive().describe('1-based line of the row in that file.'),
  title: z.string().describe('The source document\'s title.'),
  url: z.string().optional().describe('Where the source document was published.'),
  table: z.number().int().positive().describe('1-based position of the table in the document.'),
});

/** A column's key and role, and the header the source gives it. */
const columnShape = {
  key: z.string().describe('The column\'s key: its role (description, solution, name, descriptor, api), or its header slugified for a note; "-2" for a second column of one key.'),
  role: cellRoleSchema,
  name: z.string().describe('The header as the source writes it.'),
};

/** One column of a row: what the source's header calls it and what the cell says. */
export const meaningColumnSchema = z.object({
  ...columnShape,
  text: z.string().describe('The cell as plain text.'),
  html: z.string().describe('The cell rendered to sanitized HTML.'),
});

/** What one row of one source says a code means. */
export const meaningSchema = z.object({
  id: z.string().describe('Anchor of this meaning on the code\'s page: `{source file stem}-{code}`, then `-{name}` for a named row or `-2`, `-3` for a further unnamed row of the code in that file.'),
  /** Earlier anchors of this meaning that published links use (content/published-anchors.txt); the page answers them too. */
  aliases: z.array(z.string()),
  name: z.string().nullable().describe('The error name or reason that tells this row apart within its code (`BadDeviceToken`): the name column\'s cell, or the name the description starts with (`UNREGISTERED. …`); null when it has none.'),
  text: z.string().describe('The description (or the first non-empty column) as plain text.'),
  html: z.string().describe('The same as sanitized HTML.'),
  columns: z.array(meaningColumnSchema).describe('Every column of the row but the code, in the source\'s order.'),
  empty: z.boolean().describe('The source gives no description.'),
  continuation: z.boolean().describe('The row had no code cell and continues the code above it (a rowspan in the original).'),
  inferred: z.boolean().describe('The vendor of this row\'s table was inferred from its codes, not stated by the source.'),
  source: meaningSourceSchema,
  /** This site's reading, not the vendor's words: the meaning's categories (content/categories.yml), in file order. */
  categories: z.array(z.string()).describe(
    "This site's reading of the meaning's words, not the vendor's: the slugs of its categories (/category/{slug}/), in the order content/categories.yml lists them; empty when none fits."),
  /** …of which these were given by hand (`pin`) rather than by a rule. Not exported. */
  pinned: z.array(z.string()),
  /** This site's reading: what a program should do about it, the action of its first category; null when it has none. */
  action: actionSchema.nullable().describe(
    "This site's reading, not the vendor's words: what a program should do about this meaning (/action/{slug}/), the action of its first category; "
    + 'null when no category fits. The slugs are a contract: remove-token only where the words say the token itself is dead.'),
});

/** One code of one catalog (vendor + surface). */
export const catalogEntrySchema = z.object({
  /** `{vendor}/{surface}/{slug}`: the page's path. */
  id: z.string(),
  vendor: z.string().describe('The vendor\'s slug (content/vendors.yml).'),
  surface: z.string().describe('The surface\'s slug (content/surfaces.yml).'),
  code: z.string().describe('The code as the source writes it, sign included.'),
  /** The code's URL segment: the code itself unless it is not URL-safe. */
  slug: z.string(),
  numeric: z.boolean().describe('A number (`-10002`) rather than a word (`Other`).'),
  meanings: z.array(meaningSchema).min(1),
  likelySameAs: z.array(z.string()).describe('Codes of the same catalog with the same meaning, one character apart: probably a typo for one another.'),
  /** This site's reading: the categories of its meanings, in file order. */
  categories: z.array(z.string()).describe("This site's reading, not the vendor's words: the categories of all its meanings, in the order content/categories.yml lists them."),
  /** This site's reading: the distinct actions of its meanings, in the order of the action list. */
  actions: z.array(actionSchema).describe(
    "This site's reading, not the vendor's words: every distinct action the categories of its meanings call for, in the fixed order of the actions "
    + `(${ACTION_SLUGS.join(', ')}); more than one when its meanings disagree.`),
});

/** One source table's contribution to a catalog. */
export const catalogTableSchema = z.object({
  file: z.string(),
  title: z.string(),
  url: z.string().optional(),
  table: z.number().int().positive(),
  line: z.number().int().positive(),
  inferred: z.boolean(),
  /** The prose that stood before the table in the source. */
  notes: z.array(z.string()),
  columns: z.array(z.object(columnShape)),
  /** Rows the table holds. */
  rows: z.number().int().nonnegative(),
});

/** A catalog: the codes one vendor returns on one surface, from every source table. */
export const catalogGroupSchema = z.object({
  /** `{vendor}/{surface}` */
  id: z.string(),
  /** Place in the catalog's order: vendors as in `content/vendors.yml`, then surfaces as in `content/surfaces.yml`. */
  position: z.number().int().nonnegative(),
  vendor: z.string(),
  surface: z.string(),
  /** Entry ids, in source order. */
  entries: z.array(z.string()),
  tables: z.array(catalogTableSchema),
});

export type Meaning = z.infer<typeof meaningSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type CatalogGroup = z.infer<typeof catalogGroupSchema>;
