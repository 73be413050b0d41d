-- Parties (defendants). 身份证号 and phone are stored only encrypted (AES-GCM, "v<key version>:...") plus a keyed
-- HMAC-SHA256 hash (hex) for equality lookups; plaintext never reaches the database.

CREATE TABLE party (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    case_id         BIGINT       NOT NULL,
    name            VARCHAR(50)  NOT NULL,
    id_card_sealed  VARCHAR(255) COLLATE utf8mb4_bin NULL,
    id_card_hash    CHAR(64)     COLLATE utf8mb4_bin NULL,
    phone_sealed    VARCHAR(255) COLLATE utf8mb4_bin NULL,
    phone_hash      CHAR(64)     COLLATE utf8mb4_bin NULL,
    external_userid VARCHAR(64)  COLLATE utf8mb4_bin NULL COMMENT 'WeCom external contact id, once bound',
    created_at      DATETIME     NOT NULL,
    updated_at      DATETIME     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_party_case_id_card (case_id, id_card_hash),
    KEY ix_party_id_card_hash (id_card_hash),
    KEY ix_party_phone_hash (phone_hash),
    KEY ix_party_external_userid (external_userid),
    CONSTRAINT fk_party_case FOREIGN KEY (case_id) REFERENCES eco_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
