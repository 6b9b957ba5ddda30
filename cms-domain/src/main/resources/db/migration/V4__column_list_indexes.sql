-- The desk's column list at 100,000 columns: the orders it offers, and the filters combined with the
-- default order (most recently changed first), are read from an index instead of sorting the table.
-- Every order ends with the id, so the id closes each index. (By magazine still sorts: a column may
-- have none, and the outer join keeps it.) Portable SQL for H2 2.x and PostgreSQL.

CREATE INDEX editorial_column_title_ix ON editorial_column (title, id);
CREATE INDEX editorial_column_status_ix ON editorial_column (status, updated_at, id);
-- Columns without a schedule come last either way: descending needs an index of its own.
CREATE INDEX editorial_column_publish_at_ix ON editorial_column (publish_at, id);
CREATE INDEX editorial_column_publish_at_desc_ix
    ON editorial_column (publish_at DESC NULLS LAST, id DESC);
-- By author: the authors in the order of their names, then each one's columns by id.
CREATE INDEX account_display_name_ix ON account (display_name, id);
CREATE INDEX editorial_column_author_id_ix ON editorial_column (author_id, id);

CREATE INDEX editorial_column_magazine_updated_ix ON editorial_column (magazine_id, updated_at, id);

-- This one replaces V2's index on updated_at alone. (V2's magazine_ix stays: H2 may hold it for the
-- foreign key.)
CREATE INDEX editorial_column_updated_id_ix ON editorial_column (updated_at, id);
DROP INDEX editorial_column_updated_ix;
