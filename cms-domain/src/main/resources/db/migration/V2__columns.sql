-- Columns, their revisions and reviews, magazines, tags and the audit log.
-- Portable SQL for H2 2.x and PostgreSQL 13+; sequences as in V1 (start = increment = allocationSize).
-- Text limits are counted in characters as a reader sees them (an emoji is one), but H2 counts
-- UTF-16 units (an emoji is two), so every text column is twice as wide as its limit.

ALTER TABLE account ADD COLUMN pen_name VARCHAR(200);
ALTER TABLE account ADD COLUMN bio VARCHAR(4000);

CREATE SEQUENCE magazine_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE tag_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE column_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE revision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE review_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE comment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE magazine (
    id          BIGINT        NOT NULL,
    slug        VARCHAR(200)  NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT magazine_pk PRIMARY KEY (id),
    CONSTRAINT magazine_slug_uk UNIQUE (slug)
);

CREATE TABLE tag (
    id   BIGINT      NOT NULL,
    name VARCHAR(80) NOT NULL,
    CONSTRAINT tag_pk PRIMARY KEY (id),
    CONSTRAINT tag_name_uk UNIQUE (name)
);

-- The working copy of a column with its workflow state. Revisions are numbered per column;
-- approved_revision and live_revision name one of them by number.
CREATE TABLE editorial_column (
    id                 BIGINT        NOT NULL,
    slug               VARCHAR(200)  NOT NULL,
    author_id          BIGINT        NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    title              VARCHAR(400)  NOT NULL,
    subtitle           VARCHAR(600),
    summary            VARCHAR(1000),
    body               VARCHAR(1048576) NOT NULL,
    magazine_id        BIGINT,
    current_revision   INTEGER       NOT NULL,
    approved_revision  INTEGER,
    live_revision      INTEGER,
    live_published_at  TIMESTAMP(6) WITH TIME ZONE,
    first_published_at TIMESTAMP(6) WITH TIME ZONE,
    unpublished_at     TIMESTAMP(6) WITH TIME ZONE,
    publish_at         TIMESTAMP(6) WITH TIME ZONE,
    unpublish_at       TIMESTAMP(6) WITH TIME ZONE,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by         BIGINT,
    version            BIGINT        NOT NULL,
    CONSTRAINT editorial_column_pk PRIMARY KEY (id),
    CONSTRAINT editorial_column_slug_uk UNIQUE (slug),
    CONSTRAINT editorial_column_author_fk FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT editorial_column_updated_by_fk FOREIGN KEY (updated_by) REFERENCES account (id),
    CONSTRAINT editorial_column_magazine_fk FOREIGN KEY (magazine_id) REFERENCES magazine (id),
    CONSTRAINT editorial_column_status_ck CHECK (status IN ('DRAFT', 'IN_REVIEW',
        'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'))
);

CREATE INDEX editorial_column_due_publish_ix ON editorial_column (status, publish_at);
CREATE INDEX editorial_column_due_unpublish_ix ON editorial_column (unpublish_at);
CREATE INDEX editorial_column_author_ix ON editorial_column (author_id, updated_at);
CREATE INDEX editorial_column_updated_ix ON editorial_column (updated_at);
CREATE INDEX editorial_column_magazine_ix ON editorial_column (magazine_id);

-- Keyed by (column, tag), not by position: EclipseLink reorders a list by updating one row's
-- position at a time, which a key over the position would refuse midway.
CREATE TABLE column_tag (
    column_id BIGINT  NOT NULL,
    tag_id    BIGINT  NOT NULL,
    position  INTEGER NOT NULL,
    CONSTRAINT column_tag_pk PRIMARY KEY (column_id, tag_id),
    CONSTRAINT column_tag_column_fk FOREIGN KEY (column_id) REFERENCES editorial_column (id),
    CONSTRAINT column_tag_tag_fk FOREIGN KEY (tag_id) REFERENCES tag (id)
);

CREATE INDEX column_tag_tag_ix ON column_tag (tag_id);

-- Immutable snapshots: the application inserts revisions and never updates or deletes one.
CREATE TABLE revision (
    id            BIGINT        NOT NULL,
    column_id     BIGINT        NOT NULL,
    number        INTEGER       NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    title         VARCHAR(400)  NOT NULL,
    subtitle      VARCHAR(600),
    summary       VARCHAR(1000),
    body          VARCHAR(1048576) NOT NULL,
    tags          VARCHAR(1000),
    magazine_id   BIGINT,
    restored_from INTEGER,
    created_by    BIGINT        NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT revision_pk PRIMARY KEY (id),
    CONSTRAINT revision_number_uk UNIQUE (column_id, number),
    CONSTRAINT revision_column_fk FOREIGN KEY (column_id) REFERENCES editorial_column (id),
    CONSTRAINT revision_magazine_fk FOREIGN KEY (magazine_id) REFERENCES magazine (id),
    CONSTRAINT revision_created_by_fk FOREIGN KEY (created_by) REFERENCES account (id)
);

-- One round of review: a submitted revision and the editor's decision on it.
CREATE TABLE review (
    id           BIGINT      NOT NULL,
    column_id    BIGINT      NOT NULL,
    revision     INTEGER     NOT NULL,
    submitted_by BIGINT      NOT NULL,
    submitted_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    outcome      VARCHAR(20) NOT NULL,
    decided_by   BIGINT,
    decided_at   TIMESTAMP(6) WITH TIME ZONE,
    version      BIGINT      NOT NULL,
    CONSTRAINT review_pk PRIMARY KEY (id),
    CONSTRAINT review_column_fk FOREIGN KEY (column_id) REFERENCES editorial_column (id),
    CONSTRAINT review_submitted_by_fk FOREIGN KEY (submitted_by) REFERENCES account (id),
    CONSTRAINT review_decided_by_fk FOREIGN KEY (decided_by) REFERENCES account (id)
);

CREATE INDEX review_pending_ix ON review (outcome, submitted_at);
CREATE INDEX review_column_ix ON review (column_id);

CREATE TABLE review_comment (
    id         BIGINT        NOT NULL,
    column_id  BIGINT        NOT NULL,
    review_id  BIGINT,
    reply_to   BIGINT,
    revision   INTEGER       NOT NULL,
    author_id  BIGINT        NOT NULL,
    text       VARCHAR(10000) NOT NULL,
    quote      VARCHAR(2000),
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT review_comment_pk PRIMARY KEY (id),
    CONSTRAINT review_comment_column_fk FOREIGN KEY (column_id) REFERENCES editorial_column (id),
    CONSTRAINT review_comment_review_fk FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT review_comment_reply_fk FOREIGN KEY (reply_to) REFERENCES review_comment (id),
    CONSTRAINT review_comment_author_fk FOREIGN KEY (author_id) REFERENCES account (id)
);

CREATE INDEX review_comment_column_ix ON review_comment (column_id, created_at);

-- Append-only: who did what to which column, when, from which status to which.
CREATE TABLE audit_event (
    id          BIGINT       NOT NULL,
    at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor       VARCHAR(32)  NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    column_id   BIGINT,
    from_status VARCHAR(20),
    to_status   VARCHAR(20),
    revision    INTEGER,
    comment     VARCHAR(10000),
    due_at      TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT audit_event_pk PRIMARY KEY (id)
);

CREATE INDEX audit_event_column_ix ON audit_event (column_id, at);
CREATE INDEX audit_event_at_ix ON audit_event (at);
