-- Short transactions for the inbound dispatcher: an event is claimed in a transaction of its own (a lease: claimed_by
-- and claimed_until), handled with no lock held while it waits for the network (kf/sync_msg, the chat model), then
-- written in one short transaction that first checks the claim is still its own. A crashed node's claim runs out.
ALTER TABLE wecom_inbound_event
    ADD COLUMN claimed_by    CHAR(32) NULL,                    -- random token of the worker holding the claim
    ADD COLUMN claimed_until DATETIME NULL,                    -- UTC; past it, any worker may claim the event again
    -- per-sender burst count: how many messages one sender sent lately, by WeCom's CreateTime (so a backlog replayed
    -- after an outage is not mistaken for a flood)
    ADD KEY wecom_inbound_event_recent (channel, from_user, created_at);

-- kf/sync_msg cursor advanced under a lease rather than a row lock held across the pull: one account's slow pull never
-- holds a transaction open, and a second notification for the same account waits for the lease, not on a lock.
ALTER TABLE wecom_kf_cursor
    ADD COLUMN lease_owner CHAR(32) NULL,
    ADD COLUMN lease_until DATETIME NULL;                      -- UTC

-- Senders past their inbound burst: present while the sender is being told nothing more (one 「消息过多」 per episode).
CREATE TABLE wecom_inbound_flood (
    channel    VARCHAR(8)   NOT NULL,
    from_user  VARCHAR(128) COLLATE utf8mb4_bin NOT NULL,
    started_at DATETIME     NOT NULL,                          -- UTC
    shed       INT          NOT NULL DEFAULT 0,                -- messages stored but not answered in this episode
    PRIMARY KEY (channel, from_user)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Administrator alerts coalesced per kind: at most one alert per kind per window; what happens meanwhile is counted and
-- reported in one summary when the window closes.
CREATE TABLE admin_alert_window (
    kind          VARCHAR(64)  NOT NULL,                       -- e.g. outbox.dead.KF_CUSTOMER
    window_until  DATETIME     NULL,                           -- UTC; no new alert of this kind before it
    suppressed    INT          NOT NULL DEFAULT 0,             -- occurrences since the last alert
    episode_total INT          NOT NULL DEFAULT 0,             -- occurrences since the first alert of this run
    last_detail   VARCHAR(255) NULL,                           -- errcode or exception class of the latest, never content
    PRIMARY KEY (kind),
    KEY admin_alert_window_due (window_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
