-- 企业微信智能机器人 (AI bot) exchanges: one row per message or card click an officer sent to a bot, written with its
-- inbound event (same transaction) and holding what WeCom cannot: the bot, the chat, the one-use response_url, the
-- stream we opened in the passive reply, and the answer the dispatcher writes for it. WeCom's refresh callbacks (any
-- node) read the answer from here; an answer that cannot go into a stream goes once through the response_url.
CREATE TABLE wecom_aibot_reply (
    reply_key    CHAR(32)      NOT NULL,                 -- our stream id: hex of SHA-256(aibotid, msgid), first 32
    event_id     BIGINT        NOT NULL,                 -- the wecom_inbound_event it answers
    bot_id       VARCHAR(64)   COLLATE utf8mb4_bin NOT NULL,
    chat_type    VARCHAR(8)    NOT NULL,                 -- single or group
    chat_id      VARCHAR(128)  COLLATE utf8mb4_bin NULL, -- group chats only
    from_user    VARCHAR(128)  COLLATE utf8mb4_bin NOT NULL,
    response_url VARCHAR(1024) NULL,                     -- usable once within an hour; never logged
    streamed     TINYINT(1)    NOT NULL,                 -- the passive reply opened a stream with reply_key as its id
    header       TEXT          NULL,                     -- sealed: 「张三 问：…」 opening a group answer
    content      MEDIUMTEXT    NULL,                     -- sealed: the answer, once the dispatcher has handled the event
    card         TEXT          NULL,                     -- JSON of the feedback card (title, buttons, task id)
    delivered    INT           NOT NULL DEFAULT 0,       -- characters of content already shown in the stream
    created_at   DATETIME(3)   NOT NULL,                 -- UTC
    ready_at     DATETIME(3)   NULL,                     -- UTC; content written
    finished_at  DATETIME(3)   NULL,                     -- UTC; the stream was ended (finish=true sent)
    needs_url    TINYINT(1)    NOT NULL DEFAULT 0,       -- the answer goes through response_url (no open stream)
    url_used_at  DATETIME(3)   NULL,                     -- UTC; response_url taken (at most once, before the POST)
    PRIMARY KEY (reply_key),
    UNIQUE KEY wecom_aibot_reply_event (event_id),
    KEY wecom_aibot_reply_in_flight (bot_id, from_user, finished_at),
    KEY wecom_aibot_reply_url (needs_url, url_used_at, ready_at),
    KEY wecom_aibot_reply_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
