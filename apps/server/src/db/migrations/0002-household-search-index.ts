/**
 * The household list searches `search_text LIKE '%…%'`: without an index a rare or misspelled term
 * reads every household of the district (20–40 ms for 20,000 households, more under load). A
 * trigram index answers such substring searches from the index; common terms still walk the
 * primary key newest-first. pg_trgm is a trusted extension (PostgreSQL 13+): the database owner
 * may create it; PGlite loads it in database.ts.
 */
export const sql = /* sql */ `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX households_search_trgm_idx ON households USING gin (search_text gin_trgm_ops)
  WHERE deleted_at IS NULL;
`;
