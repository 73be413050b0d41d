-- Single-use binding codes (绑定码) an officer issues for one party of a case; the defendant opens the 微信客服 link
-- carrying the code in scene_param (or types the code) to bind their WeChat to that party. Only a keyed hash of the
-- code is stored, never the code itself.

CREATE TABLE binding_code (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code_hash  CHAR(64)     COLLATE utf8mb4_bin NOT NULL COMMENT 'HMAC-SHA256 (field cipher hash key) of the code',
    case_id    BIGINT       NOT NULL,
    party_id   BIGINT       NOT NULL,
    issued_by  VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    issued_at  DATETIME     NOT NULL,
    expires_at DATETIME     NOT NULL,
    revoked_at DATETIME     NULL COMMENT 'a newer code was issued for the same party',
    used_at    DATETIME     NULL,
    used_by    VARCHAR(128) COLLATE utf8mb4_bin NULL COMMENT 'WeChat external_userid that redeemed it',
    PRIMARY KEY (id),
    UNIQUE KEY uk_binding_code_hash (code_hash),
    KEY ix_binding_code_party (party_id),
    CONSTRAINT fk_binding_code_case FOREIGN KEY (case_id) REFERENCES eco_case (id),
    CONSTRAINT fk_binding_code_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_binding_code_officer FOREIGN KEY (issued_by) REFERENCES officer (userid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 微信客服 sessions entered with a scene_param (enter_session events), kept for the defendant flows: which external
-- user arrived with which (valid or not) code. The code itself is not stored.
CREATE TABLE kf_arrival (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    event_id        BIGINT       NOT NULL COMMENT 'inbound event, so a redelivery records once',
    open_kfid       VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    external_userid VARCHAR(128) COLLATE utf8mb4_bin NOT NULL,
    binding_code_id BIGINT       NULL COMMENT 'the code it carried, when it matched an issued code',
    code_state      VARCHAR(16)  NOT NULL COMMENT 'NONE, VALID, EXPIRED, USED, REVOKED or UNKNOWN at arrival',
    arrived_at      DATETIME     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_kf_arrival_event (event_id),
    KEY ix_kf_arrival_user (external_userid, arrived_at),
    CONSTRAINT fk_kf_arrival_code FOREIGN KEY (binding_code_id) REFERENCES binding_code (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
