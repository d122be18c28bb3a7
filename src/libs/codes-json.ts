/**
 * `codes.json` and each `/{vendor}/{surface}/{code}.json`: the catalog for tools and
 * scripts. One item per code: the code, its page's URL, what the page leads with, and
 * every meaning with its source (see the README, "codes.json"). Its shape is
 * schemas/codes-json.ts, published as JSON Schema at `/codes.schema.json`.
 */
import { z } from 'zod';
import type { CatalogEntry } from '../schemas/catalog.ts';
import { codesJsonSchema, type ExportedCode } from '../schemas/codes-json.ts';
import { summaryOf } from './code-summary.ts';

export type { ExportedCode } from '../schemas/codes-json.ts';

export function exportEntry(entry: CatalogEntry, absoluteUrl: string): ExportedCode {
  const { vendor, surface, code, numeric, likelySameAs, categories, actions } = entry;
  const meanings = entry.meanings.map(({ pinned, aliases, ...meaning }) => meaning);
  return { vendor, surface, code, url: absoluteUrl, summary: summaryOf(entry)?.text ?? null, numeric, likelySameAs, categories, actions, meanings };
}

/** The JSON Schema of `codes.json`, published at `schemaUrl`. */
export function codesJsonSchemaDocument(schemaUrl: string): Record<string, unknown> {
  return { $id: schemaUrl, ...z.toJSONSchema(codesJsonSchema, { target: 'draft-2020-12' }) };
}
