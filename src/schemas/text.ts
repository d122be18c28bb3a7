import { z } from 'zod';

/**
 * Text fields of content/ files are copied into pages (a source's title into every
 * meaning it gives), so each has a length no honest value comes near.
 */
/** A name or a title: "TPNS", "Invalid or expired token", a source document's title. */
export const NAME_MAX = 300;
/** A one-line description, a category's `means` and `fix`; and a URL. */
export const DESCRIPTION_MAX = 2000;

/** At most `max` characters; the message says how long the value is. */
export const maxLength = (max: number) => ({
  error: (issue: { input?: unknown }) => `Too long: ${String(issue.input).length.toLocaleString('en')} characters, at most ${max.toLocaleString('en')}`,
});

/** Non-empty text of at most `max` characters. */
export const boundedText = (max: number) => z.string().min(1).max(max, maxLength(max));
