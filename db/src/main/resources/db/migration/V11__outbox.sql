-- Transactional outbox: every outbound WeCom message is a row written in the same transaction as the change that caused
-- it, then delivered by senders on any node (claimed with FOR UPDATE SKIP LOCKED, leased while in flight), retried with
-- backoff, throttled per recipient, and DEAD after a bounded number of attempts.
CREATE TABLE outbox_message (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    destination     VARCHAR(16)  NOT NULL,              -- APP_USER, APP_CHAT, ROBOT, KF_CUSTOMER, KF_WELCOME
    recipient       VARCHAR(255) COLLATE utf8mb4_bin NOT NULL, -- userid, chatid, robot webhook key, external_userid
    open_kf_id      VARCHAR(64)  COLLATE utf8mb4_bin NULL,
    welcome_code    VARCHAR(255) NULL,                  -- KF_WELCOME only
    recipient_key   CHAR(64)     NOT NULL,              -- SHA-256 hex of destination family + recipient: ordering and throttling
    format          VARCHAR(16)  NOT NULL,              -- TEXT, MARKDOWN, TEMPLATE_CARD, KF_MENU
    body            MEDIUMTEXT   NOT NULL,              -- message content (JSON for cards and menus): never logged
    purpose         VARCHAR(8)   NOT NULL,              -- MESSAGE or ALERT (an ALERT going DEAD raises no further alert)
    source_event_id BIGINT       NULL,                  -- wecom_inbound_event that caused it, if any
    status          VARCHAR(8)   NOT NULL,              -- PENDING, SENDING, SENT, DEAD
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME     NOT NULL,              -- UTC
    lease_until     DATETIME     NULL,                  -- UTC; SENDING rows whose lease passed are claimable again
    last_attempt_at DATETIME     NULL,                  -- UTC; counted by the per-recipient throttle
    last_error      VARCHAR(255) NULL,                  -- errcode or exception class, never content
    created_at      DATETIME     NOT NULL,              -- UTC
    sent_at         DATETIME     NULL,                  -- UTC
    PRIMARY KEY (id),
    KEY outbox_message_due (status, next_attempt_at),
    KEY outbox_message_queue (recipient_key, status, id),
    KEY outbox_message_window (recipient_key, last_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per recipient, locked while a sender decides whether the recipient's next message may go now: keeps the
-- throttle exact when several nodes send at once.
CREATE TABLE outbox_recipient (
    recipient_key CHAR(64) NOT NULL,
    PRIMARY KEY (recipient_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
