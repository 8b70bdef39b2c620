/**
 * Bulk writes in statements of bounded size: PostgreSQL takes at most 65,535 parameters per statement, and
 * Drizzle builds a statement's values recursively (a list of thousands of rows overflows its stack).
 */

/** Rows per insert statement: 500 rows of even 40 columns stay well under both limits. */
const ROWS_PER_STATEMENT = 500;

/** The rows in consecutive slices of at most `size`. */
export function chunks<T>(rows: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  return Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
}
