-- The desk's column list at 100,000 columns: each order it offers, and each filter combined with the
-- default order (most recently changed first), is read from an index instead of sorting the table.
-- Every order ends with the id, so the id closes each index. Portable SQL for H2 2.x and PostgreSQL.

CREATE INDEX editorial_column_title_ix ON editorial_column (title, id);
CREATE INDEX editorial_column_status_ix ON editorial_column (status, updated_at, id);
CREATE INDEX editorial_column_publish_at_ix ON editorial_column (publish_at, id);

CREATE INDEX editorial_column_magazine_updated_ix ON editorial_column (magazine_id, updated_at, id);

-- This one replaces V2's index on updated_at alone. (V2's magazine_ix stays: H2 may hold it for the
-- foreign key.)
CREATE INDEX editorial_column_updated_id_ix ON editorial_column (updated_at, id);
DROP INDEX editorial_column_updated_ix;
