-- PostgreSQL gets trigram and partial indexes at this version (see db/vendor/postgresql). H2 has
-- no index that serves LIKE '%words%': the embedded database reads the columns for it, which is
-- quick at the sizes H2 is meant for. This note keeps the versions
-- alike on both databases.
COMMENT ON COLUMN editorial_column.title IS 'Searched by the desk''s words filter with LIKE';
