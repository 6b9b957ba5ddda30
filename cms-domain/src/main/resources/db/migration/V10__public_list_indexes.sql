-- The public site's lists at 100,000 columns (measured with bench/scale.sh): the front page and
-- every list and feed show live columns by when they first went live, newest first, which sorted
-- all of them for each page; and a magazine's corrected columns are found through their live
-- revision's magazine, which PostgreSQL does not index for a foreign key of its own. Portable SQL
-- for H2 2.x and PostgreSQL.
CREATE INDEX editorial_column_first_published_ix ON editorial_column (first_published_at, id);
CREATE INDEX revision_magazine_ix ON revision (magazine_id);
