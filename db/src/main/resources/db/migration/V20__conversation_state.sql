-- Guided chat flows (bot.conversation): one row per user and channel holding the active flow, its current step and the
-- answers so far. Nothing about a flow lives in memory, so a user resumes days later, on any node, where they left off.
CREATE TABLE conversation_state (
    channel       VARCHAR(8)   NOT NULL,              -- APP (officers) or KF (微信客服, defendants)
    user_id       VARCHAR(128) COLLATE utf8mb4_bin NOT NULL, -- WeCom userid or WeChat external_userid
    flow          VARCHAR(64)  NOT NULL,
    step          VARCHAR(64)  NOT NULL,
    data          MEDIUMTEXT   NOT NULL,              -- answers and back-trail as JSON, AES-GCM encrypted (may hold 身份证号)
    version       INT          NOT NULL,              -- optimistic lock: every write checks and bumps it
    last_event_id BIGINT       NULL,                  -- inbound event last applied, so a redelivered event is a no-op
    started_at    DATETIME     NOT NULL,              -- UTC
    updated_at    DATETIME     NOT NULL,              -- UTC
    PRIMARY KEY (channel, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How flows ended (no answers, only the outcome): for support questions such as "who abandoned case intake?".
CREATE TABLE conversation_log (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    channel    VARCHAR(8)   NOT NULL,
    user_id    VARCHAR(128) COLLATE utf8mb4_bin NOT NULL,
    flow       VARCHAR(64)  NOT NULL,
    outcome    VARCHAR(16)  NOT NULL,                 -- STARTED, COMPLETED, CANCELLED, ABANDONED
    at         DATETIME     NOT NULL,                 -- UTC
    PRIMARY KEY (id),
    KEY conversation_log_user (channel, user_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
