import { RE2JS } from 're2js';
import { z } from 'zod';
import { actionSchema } from './actions.ts';
import { boundedText, DESCRIPTION_MAX, NAME_MAX } from './text.ts';

export { ACTION_SLUGS, ACTIONS, actionSchema, type Action } from './actions.ts';

/**
 * `content/categories.yml`: this site's categories of codes across vendors, keyed by
 * the category's slug (its URL: /category/{slug}/). A category is this site's reading
 * of the vendors' words, never the vendor's own. Categories belong to meanings (one row
 * of one source); a code's categories are those of its meanings.
 *
 * ```yaml
 * invalid-token:
 *   name: Invalid or expired token
 *   means: The device token … no longer reaches a device.
 *   fix: Drop the token and send to the new one the app registers.
 *   action: remove-token
 *   match: ['\binvalid (device )?token\b', '\bUNREGISTERED\b']
 *   unless: ['provider token', '\bswitch is off\b']
 *   pin: [meizu/server/110003]
 *   exclude: [meizu/server/110010#2]
 * ```
 *
 * What a rule reads in a meaning:
 * - `match` reads its wording, what went wrong: its text (the description, or the first
 *   non-empty column when the source has none, as TPNS Android's "Cause and Solution")
 *   and every other column but the API and solution columns (TPNS's English descriptor…);
 * - `advice` reads its solution columns ("Solution", "Call Method", "Cause and Solution"):
 *   what the vendor says to do. Advice names the remedy, so it may place a meaning only
 *   in a category whose action is that remedy, never in `remove-token` (advice such as
 *   "check if the token is registered" does not say the token is dead) or `none`;
 * - `unless` reads both: a meaning any of whose texts matches it is not in the category.
 *
 * A `fallback` category takes a meaning only when no other category holds it: "the
 * vendor names no cause" is true of "Failed to send message." only if no rule found one.
 *
 * Patterns are RE2 regular expressions (https://github.com/google/re2/wiki/Syntax),
 * matched case-insensitively anywhere in the text, in time linear in the text: no
 * lookahead or lookbehind (`(?=`, `(?!`, `(?<=`, `(?<!`) and no backreferences (`\1`);
 * `\b`, `\w` and `\d` are ASCII.
 */

/** A slug used in URLs: lowercase letters, digits and dashes. */
export const categorySlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes');

/** Flags every category pattern is compiled with. */
export const PATTERN_FLAGS = RE2JS.CASE_INSENSITIVE;

const PATTERN_HELP = 'write it in RE2 syntax, which runs in linear time: no lookahead or lookbehind ((?=, (?!, (?<=, (?<!), '
  + 'no backreferences (\\1), repeat counts up to 1000; say an exception with `unless` rather than a lookaround';

/** Syntax RE2 refuses with a message that does not name it. */
const UNSUPPORTED: [RegExp, string][] = [[/\(\?<?[=!]/, 'a lookahead or lookbehind'], [/\\[1-9]/, 'a backreference']];

/** A pattern that RE2 compiles; what is wrong otherwise, with what to do in the issue's `params.action`. */
const pattern = z.string().min(1).superRefine((source, context) => {
  try {
    RE2JS.compile(source, PATTERN_FLAGS);
  } catch (error) {
    const construct = UNSUPPORTED.find(([syntax]) => syntax.test(source))?.[1];
    const what = construct ? `uses ${construct}, which the linear-time engine (RE2) does not run` : 'is not a pattern the linear-time engine (RE2) accepts';
    context.addIssue({ code: 'custom', message: `${what}: ${(error as Error).message}`, params: { action: PATTERN_HELP } });
  }
});

/**
 * A code's id, as in its page's URL (`huawei/server/80300007`): all its meanings; with
 * `#N`, its Nth meaning alone, in the order its page lists them (`meizu/server/110010#2`).
 */
export const meaningRefSchema = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+\/[^/\s#]+(?:#[1-9]\d*)?$/,
  'write a code as {vendor}/{surface}/{code}, e.g. huawei/server/80300007, or one of its meanings as {vendor}/{surface}/{code}#N, N from 1');

export const categorySchema = z.strictObject({
  /** Shown on chips and as the page title: "Invalid or expired token". */
  name: boundedText(NAME_MAX),
  /** One line: what the codes of this category mean. */
  means: boundedText(DESCRIPTION_MAX),
  /** One line: what usually fixes it. */
  fix: boundedText(DESCRIPTION_MAX),
  /** What a program should do (one of `ACTIONS`). */
  action: actionSchema,
  /** A meaning belongs here when one of these matches its wording (see the top of this file). */
  match: z.array(pattern).default([]),
  /** …or when one of these matches its solution column (not for `remove-token` or `none`). */
  advice: z.array(pattern).default([]),
  /** …unless one of these matches any of its texts. */
  unless: z.array(pattern).default([]),
  /** Its rules take only meanings that no other category holds (pins still apply). */
  fallback: z.boolean().default(false),
  /** Only codes of these vendors (slugs of `content/vendors.yml`). */
  vendors: z.array(categorySlugSchema).min(1).optional(),
  /** Only codes of these surfaces (slugs of `content/surfaces.yml`). */
  surfaces: z.array(categorySlugSchema).min(1).optional(),
  /** Codes or meanings put here by hand, whatever the rules say: `{vendor}/{surface}/{code}[#N]`. */
  pin: z.array(meaningRefSchema).default([]),
  /** Codes or meanings kept out by hand although a rule matches them. */
  exclude: z.array(meaningRefSchema).default([]),
}).superRefine((category, context) => {
  if (category.advice.length > 0 && (category.action === 'remove-token' || category.action === 'none')) {
    context.addIssue({ code: 'custom', path: ['advice'], message: `a "${category.action}" category cannot read the vendor's advice: advice says what to do, never that the token is dead or that all went well`,
      params: { action: 'move these patterns to `match` if the wording says it, or pin the meanings by hand' } });
  }
});

export const categoriesFileSchema = z.record(categorySlugSchema, categorySchema);

export type CategoryData = z.infer<typeof categorySchema>;
