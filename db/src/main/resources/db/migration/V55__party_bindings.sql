-- Which WeChat user (微信客服 external_userid) is the defendant of which party: one user <-> exactly one party, made by
-- redeeming a binding code once (db.restoration.Bindings). party.external_userid mirrors it for older readers.
CREATE TABLE party_binding (
    party_id        BIGINT      NOT NULL,
    case_id         BIGINT      NOT NULL,
    external_userid VARCHAR(64) COLLATE utf8mb4_bin NOT NULL COMMENT 'WeChat user (opaque id, not personal data)',
    open_kfid       VARCHAR(64) COLLATE utf8mb4_bin NOT NULL COMMENT '微信客服 account the user came through',
    binding_code_id BIGINT      NOT NULL COMMENT 'the code redeemed',
    bound_at        DATETIME    NOT NULL,
    PRIMARY KEY (party_id),
    UNIQUE KEY uk_party_binding_user (external_userid),
    KEY ix_party_binding_case (case_id),
    CONSTRAINT fk_party_binding_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_party_binding_case FOREIGN KEY (case_id) REFERENCES eco_case (id),
    CONSTRAINT fk_party_binding_code FOREIGN KEY (binding_code_id) REFERENCES binding_code (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per WeChat user who ever tried a code: locked (FOR UPDATE) to count that user's attempts one at a time on
-- any node; keyed by the primary key alone, so creating it (INSERT ... ON DUPLICATE KEY UPDATE) takes no gap lock.
-- Wrong attempts after counted_after within the last hour count; the 5th locks until locked_until.
CREATE TABLE binding_guard (
    external_userid VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    locked_until    DATETIME    NULL,
    counted_after   BIGINT      NOT NULL DEFAULT 0 COMMENT 'attempts up to this id were used by an earlier lock',
    PRIMARY KEY (external_userid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE binding_attempt (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    external_userid VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    event_id        BIGINT      NOT NULL COMMENT 'inbound event carrying the code',
    binding_code_id BIGINT      NULL COMMENT 'the code presented, when it matched an issued one',
    outcome         VARCHAR(30) NOT NULL COMMENT 'BOUND, UNKNOWN, EXPIRED, USED, REVOKED, ALREADY_BOUND_ELSEWHERE, LOCKED',
    attempted_at    DATETIME    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_binding_attempt_user (external_userid, attempted_at),
    CONSTRAINT fk_binding_attempt_code FOREIGN KEY (binding_code_id) REFERENCES binding_code (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
