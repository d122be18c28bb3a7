import { z } from 'zod';

/**
 * What a program should do about a code: the contract tools switch on. Each category
 * declares one; a meaning carries its categories' actions, a code its meanings'.
 */
export const ACTIONS = {
  'remove-token': 'The token will never work again: delete it and stop sending to it.',
  retry: 'Transient: retry later with exponential backoff, honouring Retry-After.',
  'slow-down': 'A rate or quota was exceeded: send less often or less at once, or raise the quota.',
  'fix-request': 'The payload or a parameter is wrong: correct the request before sending it again.',
  'fix-credentials': 'Keys, certificates or signatures are wrong or expired: fix them before sending again.',
  'fix-setup': 'The app, the vendor console, the SDK or the device is not set up for this: configure it.',
  'contact-vendor': 'The vendor names no cause you can act on: keep the response and ask the vendor.',
  none: 'Success: nothing to do.',
} as const satisfies Record<string, string>;

export type Action = keyof typeof ACTIONS;

/** The actions in their fixed order (the order of `ACTIONS`). */
export const ACTION_SLUGS = Object.keys(ACTIONS) as [Action, ...Action[]];

/** One of `ACTIONS`; in JSON Schema, each slug with its description. */
export const actionSchema = z.union(
  ACTION_SLUGS.map((slug) => z.literal(slug).describe(ACTIONS[slug])) as [z.ZodLiteral<Action>, ...z.ZodLiteral<Action>[]],
  { error: () => `use one of ${ACTION_SLUGS.join(', ')}` },
).describe('What a program should do about the codes of this category.');

