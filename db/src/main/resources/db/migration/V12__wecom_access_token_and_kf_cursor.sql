-- The WeCom access token, shared by every node: one node at a time may refresh it (a lease on the row), the others read
-- the stored one, so nodes behind a load balancer never invalidate each other's tokens by refreshing in parallel.
CREATE TABLE wecom_access_token (
    token_key           VARCHAR(128)  COLLATE utf8mb4_bin NOT NULL, -- corp id + ':' + agent id
    access_token        VARCHAR(1024) COLLATE utf8mb4_bin NULL,     -- a credential: never logged
    expires_at          DATETIME      NULL,                         -- UTC, already shortened by the early-refresh margin
    refresh_owner       VARCHAR(64)   NULL,                         -- node holding the refresh lease
    refresh_lease_until DATETIME      NULL,                         -- UTC
    updated_at          DATETIME      NOT NULL,                     -- UTC
    PRIMARY KEY (token_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kf/sync_msg position per 微信客服 account, advanced in the same transaction that stores the pulled messages.
CREATE TABLE wecom_kf_cursor (
    open_kf_id  VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    next_cursor VARCHAR(255) COLLATE utf8mb4_bin NULL,
    updated_at  DATETIME     NOT NULL,                  -- UTC
    PRIMARY KEY (open_kf_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
