-- Searching areas by a part of their name (name_folded like '%…%') read every row of the registry; a trigram index
-- answers the same pattern from the index (issue 16). pg_trgm is a trusted extension (PostgreSQL 13+): the database
-- owner may create it; PostgreSQL's contrib modules ship it with every common distribution and image.
create extension if not exists pg_trgm;
create index administrative_area_name_trgm_idx on administrative_area using gin (name_folded gin_trgm_ops);
