-- Every verified WeCom callback (and every 微信客服 message pulled by kf/sync_msg) is stored here before the callback is
-- acknowledged, then handled asynchronously. The unique dedupe key makes WeCom's retries (≈3 deliveries, 5 s apart)
-- and re-synced 微信客服 pages no-ops; a row stored before a crash is still PENDING after restart and gets handled.
CREATE TABLE wecom_inbound_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    dedupe_key      CHAR(64)     NOT NULL,              -- SHA-256 hex: of MsgId, or of FromUserName+CreateTime+Event+EventKey+TaskId(+Token+OpenKfId)
    channel         VARCHAR(8)   NOT NULL,              -- APP (self-built application) or KF (微信客服)
    kind            VARCHAR(24)  NOT NULL,              -- TEXT, BUTTON_CLICK, ENTER_SESSION, SUBSCRIBE, OTHER_EVENT, UNSUPPORTED_MEDIA, KF_SYNC
    msg_type        VARCHAR(32)  NOT NULL,              -- WeCom's MsgType / event name, for diagnostics
    from_user       VARCHAR(128) COLLATE utf8mb4_bin NULL, -- WeCom userid or WeChat external_userid
    open_kf_id      VARCHAR(64)  COLLATE utf8mb4_bin NULL,
    content         TEXT         NULL,                  -- message text: stored, never logged
    event_key       VARCHAR(255) NULL,
    scene_param     VARCHAR(255) NULL,
    task_id         VARCHAR(128) NULL,
    sync_token      VARCHAR(255) NULL,                  -- kf_msg_or_event Token for kf/sync_msg
    welcome_code    VARCHAR(255) NULL,                  -- enter_session welcome_code for kf/send_msg_on_event
    created_at      DATETIME     NOT NULL,              -- WeCom's CreateTime / send_time, UTC
    received_at     DATETIME     NOT NULL,              -- UTC
    status          VARCHAR(8)   NOT NULL,              -- PENDING, HANDLED, FAILED
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME     NOT NULL,              -- UTC; a failed attempt backs off
    handled_at      DATETIME     NULL,                  -- UTC
    last_error      VARCHAR(255) NULL,                  -- exception class or errcode, never message text
    PRIMARY KEY (id),
    UNIQUE KEY wecom_inbound_event_dedupe (dedupe_key),
    KEY wecom_inbound_event_pending (status, id),
    KEY wecom_inbound_event_sender (channel, from_user, status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
