-- The media library: images stored in the database, so every instance of a cluster serves every
-- one. Metadata and bytes live in two tables, so listing the library never reads the pictures.
-- BYTEA is PostgreSQL's binary type and an H2 alias of VARBINARY: the same SQL runs on both.

CREATE SEQUENCE media_seq START WITH 50 INCREMENT BY 50;

-- name: server-made (content hash + extension of the detected type), the last segment of /media/.
-- original_name: what the uploader's file was called, kept as display text only.
CREATE TABLE media (
    id            BIGINT       NOT NULL,
    name          VARCHAR(80)  NOT NULL,
    content_type  VARCHAR(40)  NOT NULL,
    width         INTEGER      NOT NULL,
    height        INTEGER      NOT NULL,
    byte_size     BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    original_name VARCHAR(510),
    uploaded_by   BIGINT       NOT NULL,
    uploaded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT media_pk PRIMARY KEY (id),
    CONSTRAINT media_name_uk UNIQUE (name),
    CONSTRAINT media_sha256_uk UNIQUE (sha256),
    CONSTRAINT media_uploaded_by_fk FOREIGN KEY (uploaded_by) REFERENCES account (id)
);

CREATE INDEX media_uploaded_ix ON media (uploaded_at);

CREATE TABLE media_data (
    media_id BIGINT NOT NULL,
    data     BYTEA  NOT NULL,
    CONSTRAINT media_data_pk PRIMARY KEY (media_id),
    CONSTRAINT media_data_media_fk FOREIGN KEY (media_id) REFERENCES media (id)
);

-- A column's cover image names a media item; revisions keep the cover they had, so history and
-- the live page show it even after the working copy changes it. The keys keep a used image from
-- being deleted underneath them.
ALTER TABLE editorial_column ADD COLUMN cover VARCHAR(80);
ALTER TABLE editorial_column ADD CONSTRAINT editorial_column_cover_fk
    FOREIGN KEY (cover) REFERENCES media (name);
ALTER TABLE revision ADD COLUMN cover VARCHAR(80);
ALTER TABLE revision ADD CONSTRAINT revision_cover_fk FOREIGN KEY (cover) REFERENCES media (name);
CREATE INDEX editorial_column_cover_ix ON editorial_column (cover);
CREATE INDEX revision_cover_ix ON revision (cover);
