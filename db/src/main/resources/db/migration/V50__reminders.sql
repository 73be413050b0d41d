-- Reminders for liaison groups (联络组): one row per thing to remind about, its planned pushes (occurrences) in a
-- due-time index that a clustered poller claims with FOR UPDATE SKIP LOCKED, and one row per message handed to the
-- outbox. A delivery row is written in the same transaction as its outbox row and its unique key makes a second
-- enqueue of the same occurrence to the same recipient impossible (exactly-once enqueue).
CREATE TABLE reminder (
    id                BIGINT       NOT NULL AUTO_INCREMENT,    -- shown to officers as R<id>
    kind              VARCHAR(20)  NOT NULL,                   -- ReminderKind: MEETING, PROGRESS_REPORT, WRITE_OFF, ACCEPTANCE, FREE_FORM
    group_key         VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL, -- ecojustice.reminders.groups.<key>
    subject           VARCHAR(500) NOT NULL,                   -- what to do / agenda
    due_at            DATETIME     NOT NULL,                   -- UTC: the meeting, the deadline, the requested time
    case_id           BIGINT       NULL,
    obligation_id     BIGINT       NULL,
    reference         VARCHAR(100) NULL,                       -- e.g. a certificate number of a later issue
    status            VARCHAR(16)  NOT NULL,                   -- ReminderStatus: ACTIVE, ACKNOWLEDGED, DONE, CANCELLED
    created_by        VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    acknowledged_by   VARCHAR(64)  COLLATE utf8mb4_bin NULL,
    acknowledged_at   DATETIME     NULL,
    created_at        DATETIME     NOT NULL,
    updated_at        DATETIME     NOT NULL,
    -- one active committee meeting per group and time; NULL (any other row) never collides
    active_meeting_at DATETIME GENERATED ALWAYS AS (CASE WHEN kind = 'MEETING' AND status = 'ACTIVE' THEN due_at END) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_reminder_active_meeting (group_key, active_meeting_at),
    KEY ix_reminder_case (case_id),
    KEY ix_reminder_kind_status (kind, status),
    CONSTRAINT fk_reminder_case FOREIGN KEY (case_id) REFERENCES eco_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Officers responsible for a reminder: they get it personally (app card) and may acknowledge it.
CREATE TABLE reminder_officer (
    reminder_id BIGINT      NOT NULL,
    userid      VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (reminder_id, userid),
    KEY ix_reminder_officer_userid (userid),
    CONSTRAINT fk_reminder_officer_reminder FOREIGN KEY (reminder_id) REFERENCES reminder (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Planned pushes. ADVANCE ones precede the due time; CHASE ones follow it (repeats and escalation) and stop when the
-- reminder is acknowledged.
CREATE TABLE reminder_occurrence (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    reminder_id  BIGINT      NOT NULL,
    fire_at      DATETIME    NOT NULL,                          -- UTC, already outside quiet hours and :00/:30
    phase        VARCHAR(8)  NOT NULL,                          -- ADVANCE or CHASE
    label        VARCHAR(40) NOT NULL,                          -- e.g. 提前7天, 逾期第1次
    group_key    VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,      -- where it goes (the escalation target for chases)
    level        INT         NOT NULL DEFAULT 0,                -- escalation level (0 = the reminder's own group)
    status       VARCHAR(10) NOT NULL,                          -- PENDING, SENT, CANCELLED
    fired_at     DATETIME    NULL,
    catch_up     TINYINT(1)  NOT NULL DEFAULT 0,                -- sent late after downtime: marked 补发
    PRIMARY KEY (id),
    KEY ix_reminder_occurrence_due (status, fire_at),
    KEY ix_reminder_occurrence_reminder (reminder_id, status),
    CONSTRAINT fk_reminder_occurrence_reminder FOREIGN KEY (reminder_id) REFERENCES reminder (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Messages handed to the outbox for an occurrence; resend = 0 for the scheduled push, n for the n-th manual re-send.
CREATE TABLE reminder_delivery (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    occurrence_id BIGINT       NOT NULL,
    destination   VARCHAR(16)  NOT NULL,                        -- ROBOT, APP_CHAT, APP_USER
    recipient     VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    resend        INT          NOT NULL DEFAULT 0,
    outbox_id     BIGINT       NOT NULL,
    created_at    DATETIME     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_reminder_delivery (occurrence_id, destination, recipient, resend),
    KEY ix_reminder_delivery_outbox (outbox_id),
    CONSTRAINT fk_reminder_delivery_occurrence FOREIGN KEY (occurrence_id) REFERENCES reminder_occurrence (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Once-only notices (e.g. "next year's holiday table is missing" to administrators), keyed by what they are about.
CREATE TABLE reminder_notice (
    notice_key VARCHAR(100) COLLATE utf8mb4_bin NOT NULL,
    created_at DATETIME     NOT NULL,
    PRIMARY KEY (notice_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
