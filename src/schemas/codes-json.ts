import { z } from 'zod';
import { catalogEntrySchema, meaningSchema } from './catalog.ts';

/** A meaning as `codes.json` gives it: the catalog's, less what only the pages use. */
export const exportedMeaningSchema = meaningSchema.omit({ pinned: true, aliases: true });

/** One code in `codes.json`, and the whole of `/{vendor}/{surface}/{code}.json`. */
export const exportedCodeSchema = z.object({
  ...catalogEntrySchema.pick({ vendor: true, surface: true, code: true }).shape,
  url: z.string().describe('The code\'s page: absolute (SITE_URL and BASE_PATH) when the site was built with SITE_URL, else its path on the host, BASE_PATH included (/tpns/server/1008001/).'),
  summary: z.string().nullable().describe('What the page leads with: the fullest row\'s meaning, with its error name when a name column gives one; for a code split into several named reasons, the source\'s words for the code (or the first names) and their count, "Bad request (12 reasons)". Null when no source describes the code.'),
  ...catalogEntrySchema.pick({ numeric: true, likelySameAs: true, categories: true, actions: true }).shape,
  meanings: z.array(exportedMeaningSchema).describe('Every row of every source for the code, in source order.'),
});

/** `/codes.json`: every code of every catalog, in catalog order. Its JSON Schema is published at `/codes.schema.json`. */
export const codesJsonSchema = z.object({
  codes: z.array(exportedCodeSchema),
}).meta({ title: 'Push Error Codes: codes.json', description: 'Every push-notification error code of every catalog, with every source\'s words for it.' });

export type ExportedCode = z.infer<typeof exportedCodeSchema>;
