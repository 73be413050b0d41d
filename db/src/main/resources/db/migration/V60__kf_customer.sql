-- One row per 微信客服 customer (account + external_userid), the lock that keeps WeCom's sending rules exact when
-- several nodes queue messages to the same customer at once.
-- last_message_at / window_used: WeCom lets an account send at most 5 messages within 48 h of the customer's last
-- message. The window opens when a customer message is pulled (its send_time); window_used counts the messages queued
-- or sent to the customer since (on a new message: those still unsent, or sent at or after it). A queue locks this row
-- before counting, so two transactions never both take the last message.
-- human_since / human_servicer: the session was handed to a human servicer (kf/service_state/trans queued) and the
-- assistant stays silent until WeCom reports the session ended (session_status_change, or the hand-over failed).
CREATE TABLE kf_customer (
    open_kf_id      VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    external_userid VARCHAR(128) COLLATE utf8mb4_bin NOT NULL,
    last_message_at DATETIME     NULL,                  -- UTC; the customer's latest message (WeCom's send_time)
    window_used     INT          NOT NULL DEFAULT 0,    -- messages queued or sent within that message's window
    human_since     DATETIME     NULL,                  -- UTC; handed to a human servicer; NULL: the assistant serves
    human_servicer  VARCHAR(64)  COLLATE utf8mb4_bin NULL, -- the servicer's WeCom userid
    updated_at      DATETIME     NOT NULL,              -- UTC
    PRIMARY KEY (open_kf_id, external_userid),
    KEY kf_customer_user (external_userid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
