-- Append-only audit ledger (全程留痕). Each entry's hash covers its content and the previous entry's hash; the single
-- audit_head row is locked (SELECT ... FOR UPDATE) by every append so the chain stays linear across connections and
-- application nodes. Grant the application user only SELECT, INSERT on audit_entry in production.

CREATE TABLE audit_entry (
    seq         BIGINT      NOT NULL,
    recorded_at DATETIME    NOT NULL,
    actor       VARCHAR(64) COLLATE utf8mb4_bin NOT NULL COMMENT 'officer userid or system',
    entity_type VARCHAR(40) COLLATE utf8mb4_bin NOT NULL,
    entity_id   VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    action      VARCHAR(60) COLLATE utf8mb4_bin NOT NULL,
    -- canonical JSON kept as text: a JSON column is re-serialised by MySQL 8, which would break the hash
    changes     MEDIUMTEXT  COLLATE utf8mb4_bin NOT NULL,
    prev_hash   CHAR(64)    COLLATE utf8mb4_bin NOT NULL,
    entry_hash  CHAR(64)    COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (seq),
    KEY ix_audit_entity (entity_type, entity_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_head (
    id        TINYINT  NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, REPEAT('0', 64));
