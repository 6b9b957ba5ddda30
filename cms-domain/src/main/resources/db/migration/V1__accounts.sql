-- Accounts and roles. Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.
-- Ids come from sequences (EclipseLink on H2 2.x cannot read back IDENTITY values);
-- EclipseLink reads each value as the last of a block of allocationSize ids, so a sequence
-- starts at its increment, and the increment matches the entity's allocationSize.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id            BIGINT                   NOT NULL,
    username      VARCHAR(32)              NOT NULL,
    display_name  VARCHAR(100)             NOT NULL,
    password_hash VARCHAR(512)             NOT NULL,
    enabled       BOOLEAN                  DEFAULT TRUE NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT account_pk PRIMARY KEY (id),
    CONSTRAINT account_username_uk UNIQUE (username)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role_name  VARCHAR(16) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role_name),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT account_role_name_ck CHECK (role_name IN ('WRITER', 'EDITOR', 'PUBLISHER', 'ADMIN'))
);

-- Named rows that start-up work locks (SELECT ... FOR UPDATE) so that instances starting
-- together on one database take turns instead of colliding.
CREATE TABLE app_lock (
    name VARCHAR(64) NOT NULL,
    CONSTRAINT app_lock_pk PRIMARY KEY (name)
);

INSERT INTO app_lock (name) VALUES ('seed');
