-- 认购碳汇证明书, one per party, numbered JLTH-<year>-<6 digits> from a per-year counter (db/README.md). Case number
-- and party name are kept as issued: a certificate does not change when the case record is corrected later.
CREATE TABLE certificate_sequence (
    year       INT    NOT NULL,
    last_value BIGINT NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE certificate (
    number               VARCHAR(32)    COLLATE utf8mb4_bin NOT NULL,
    party_id             BIGINT         NOT NULL,
    case_id              BIGINT         NOT NULL,
    case_number          VARCHAR(64)    COLLATE utf8mb4_bin NOT NULL,
    party_name           VARCHAR(50)    NOT NULL,
    amount               DECIMAL(14, 2) NOT NULL,
    tonnes               DECIMAL(16, 3) NOT NULL,
    points               DECIMAL(18, 2) NULL,
    price_per_tonne      DECIMAL(14, 4) NOT NULL,
    price_source         VARCHAR(200)   NOT NULL,
    price_effective_date DATE           NOT NULL,
    request_id           BIGINT         NOT NULL COMMENT 'the payment request whose confirmation completed it',
    issued_by            VARCHAR(64)    COLLATE utf8mb4_bin NOT NULL,
    issued_at            DATETIME       NOT NULL,
    PRIMARY KEY (number),
    UNIQUE KEY uk_certificate_party (party_id),
    KEY ix_certificate_case (case_id),
    CONSTRAINT fk_certificate_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_certificate_case FOREIGN KEY (case_id) REFERENCES eco_case (id),
    CONSTRAINT fk_certificate_request FOREIGN KEY (request_id) REFERENCES payment_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
