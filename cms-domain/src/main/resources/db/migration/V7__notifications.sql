-- Notifications: who was told of what, by which channel, and whether it reached them.
-- One row per recipient and channel, written in the transaction of the change itself. E-mail rows
-- are also the outbox: a timer sends the PENDING ones after commit and records SENT or FAILED.
-- Portable SQL for H2 2.x and PostgreSQL 13+; sequences as in V1.

-- An optional address for e-mail notifications (twice the 254-character limit, as in V2).
ALTER TABLE account ADD COLUMN email VARCHAR(508);

CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE notification (
    id              BIGINT        NOT NULL,
    recipient_id    BIGINT        NOT NULL,
    channel         VARCHAR(8)    NOT NULL,
    kind            VARCHAR(24)   NOT NULL,
    column_id       BIGINT        NOT NULL,
    column_title    VARCHAR(400)  NOT NULL,
    actor           VARCHAR(32)   NOT NULL,
    step_action     VARCHAR(20),
    step_at         TIMESTAMP(6) WITH TIME ZONE,
    due_at          TIMESTAMP(6) WITH TIME ZONE,
    status          VARCHAR(8)    NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP(6) WITH TIME ZONE,
    read_at         TIMESTAMP(6) WITH TIME ZONE,
    attempts        INTEGER       DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE,
    last_error      VARCHAR(2000),
    once_key        VARCHAR(200),
    version         BIGINT        NOT NULL,
    CONSTRAINT notification_pk PRIMARY KEY (id),
    CONSTRAINT notification_recipient_fk FOREIGN KEY (recipient_id) REFERENCES account (id),
    CONSTRAINT notification_column_fk FOREIGN KEY (column_id) REFERENCES editorial_column (id),
    -- An alert about a late or failing publication goes to each person once, whichever instance
    -- noticed it first: the others' inserts hit this key and roll back.
    CONSTRAINT notification_once_uk UNIQUE (once_key),
    CONSTRAINT notification_channel_ck CHECK (channel IN ('DESK', 'EMAIL')),
    CONSTRAINT notification_status_ck CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);

-- The bell and the list: one person's desk notifications, newest first, unread ones counted.
CREATE INDEX notification_recipient_ix ON notification (recipient_id, channel, created_at);
-- The column's history: who was told of each step.
CREATE INDEX notification_column_ix ON notification (column_id, created_at);
-- The outbox: e-mails whose next attempt is due.
CREATE INDEX notification_outbox_ix ON notification (channel, status, next_attempt_at);
-- Every instance looks for desk notifications made in the last seconds, to push them.
CREATE INDEX notification_created_ix ON notification (created_at);

-- The kinds of notification a person does not want, per channel.
CREATE TABLE notification_mute (
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(24) NOT NULL,
    channel    VARCHAR(8)  NOT NULL,
    CONSTRAINT notification_mute_pk PRIMARY KEY (account_id, kind, channel),
    CONSTRAINT notification_mute_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
