-- Recurring reminders (e.g. the fund committee's quarterly meeting): one series row holds the rule, and the clustered
-- poller adds one ordinary reminder row per occurrence a bounded horizon ahead, so each occurrence has its own number,
-- pushes, cancel and reschedule. next_at is the rule's next date-time not yet added (UTC, before any holiday move);
-- a series is extended only when next_at comes within the horizon, so the poller's query touches nothing else.
-- revision goes up when the rule changes: occurrences of the old rule are cancelled and the new ones may reuse dates.
CREATE TABLE reminder_series (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    kind        VARCHAR(20) NOT NULL,                           -- ReminderKind of its occurrences
    group_key   VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    subject     TEXT        NOT NULL COMMENT 'sealed: what to do / agenda, bound to the row id',
    rule        VARCHAR(64) NOT NULL,                           -- e.g. QUARTERLY/1/10/09:30 (jobs' Recurrence)
    revision    INT         NOT NULL DEFAULT 1,
    next_at     DATETIME    NOT NULL,
    status      VARCHAR(16) NOT NULL,                           -- ACTIVE or CANCELLED
    created_by  VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    created_at  DATETIME    NOT NULL,
    updated_at  DATETIME    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_reminder_series_next (status, next_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reminder's subject is free text typed in chat: stored sealed (AES-GCM, base64url: about 4/3 of the UTF-8 bytes
-- plus 32 characters), bound to the row id. Occurrences of a series remember the rule's date (unique per series and
-- revision, so two nodes extending the same series cannot add it twice) and, when that date was not a workday, the
-- date it was moved from.
ALTER TABLE reminder
    MODIFY subject        TEXT   NOT NULL COMMENT 'sealed: what to do / agenda, bound to the row id',
    ADD COLUMN series_id       BIGINT NULL,
    ADD COLUMN series_revision INT    NULL,
    ADD COLUMN series_date     DATE   NULL,
    ADD COLUMN moved_from      DATE   NULL,
    ADD UNIQUE KEY uk_reminder_series_date (series_id, series_revision, series_date),
    ADD CONSTRAINT fk_reminder_series FOREIGN KEY (series_id) REFERENCES reminder_series (id);
