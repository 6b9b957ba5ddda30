-- Indexes only PostgreSQL has (H2's V9 is a note). The desk's words filter (the title, subtitle or
-- summary holds the words, in any case) at 100,000 columns. LIKE '%words%' cannot use a b-tree,
-- so PostgreSQL read every column for it (200-700 ms measured); trigram indexes find the rows that
-- hold the fragment, Korean included, in a few ms.
-- The expressions are those the filter's SQL uses: lower(title) and so on.
--
-- pg_trgm ships with PostgreSQL (its contrib modules) and has been a trusted extension since
-- PostgreSQL 13, so the database's owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX editorial_column_title_trgm_ix
    ON editorial_column USING gin (lower(title) gin_trgm_ops);
CREATE INDEX editorial_column_subtitle_trgm_ix
    ON editorial_column USING gin (lower(subtitle) gin_trgm_ops);
CREATE INDEX editorial_column_summary_trgm_ix
    ON editorial_column USING gin (lower(summary) gin_trgm_ops);

-- The public lists ask for live columns, newest first, and count them: an index of the live ones
-- alone answers both (the count reads only the index). And the columns under correction (working
-- copy ahead of the live revision) are few; the lists read their live revision, the others' own
-- fields. An index on that expression lets PostgreSQL find them without reading every column.
CREATE INDEX editorial_column_live_ix
    ON editorial_column (first_published_at, id) WHERE live_revision IS NOT NULL;
CREATE INDEX editorial_column_corrected_ix
    ON editorial_column ((current_revision <> live_revision));
