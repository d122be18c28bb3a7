import { z } from 'zod';

/**
 * What a column of a source table holds. Guessed from its header (libs/column-roles.ts)
 * unless the table's frontmatter item declares it (`columns: { Reason: name }`).
 */
export const COLUMN_ROLES = {
  code: 'The error code: the row\'s key in its catalog.',
  name: 'An error name or reason that tells the row apart within its code (BadDeviceToken).',
  description: 'What the code means: the text a page leads with.',
  solution: 'What to do about it.',
  descriptor: 'An English identifier or short label the vendor gives the code.',
  api: 'The API or call that returns the code.',
  note: 'Anything else: kept and shown with its header.',
} as const satisfies Record<string, string>;

export type ColumnRole = keyof typeof COLUMN_ROLES;
/** The role of a column the catalog keeps beside the code. */
export type CellRole = Exclude<ColumnRole, 'code'>;

const ROLE_NAMES = Object.keys(COLUMN_ROLES) as ColumnRole[];

/** Some of the roles; in JSON Schema, each with its description. */
function rolesSchema<R extends ColumnRole>(roles: readonly R[]) {
  return z.union(
    roles.map((role) => z.literal(role).describe(COLUMN_ROLES[role])) as unknown as [z.ZodLiteral<R>, ...z.ZodLiteral<R>[]],
    { error: () => `use one of ${roles.join(', ')}` },
  ).describe('What the column holds.');
}

/** A role a frontmatter may declare. */
export const columnRoleSchema = rolesSchema(ROLE_NAMES);
/** The role of a column of a meaning (the code column is the code itself). */
export const cellRoleSchema = rolesSchema(ROLE_NAMES.filter((role): role is CellRole => role !== 'code'));
