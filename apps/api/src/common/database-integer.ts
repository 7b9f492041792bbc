/** The largest PostgreSQL `integer`: whole-number fields stored in one are capped here, so a bigger one is a 400, not a 500. */
export const MAX_DATABASE_INTEGER = 2_147_483_647;
