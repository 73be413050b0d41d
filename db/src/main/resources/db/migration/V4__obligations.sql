-- Restoration obligations of a case, optionally of one party, with their amounts in yuan by kind.

CREATE TABLE obligation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    case_id      BIGINT       NOT NULL,
    party_id     BIGINT       NULL COMMENT 'NULL: the obligation is the whole case''s',
    basis_type   VARCHAR(30)  NOT NULL COMMENT 'LegalBasisType enum name: 调解书 / 判决书 / 检察建议',
    basis_number VARCHAR(100) NOT NULL COMMENT 'document number',
    path         VARCHAR(30)  NOT NULL COMMENT 'RestorationPath enum name',
    created_at   DATETIME     NOT NULL,
    updated_at   DATETIME     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_obligation_case (case_id),
    KEY ix_obligation_party (party_id),
    CONSTRAINT fk_obligation_case FOREIGN KEY (case_id) REFERENCES eco_case (id),
    CONSTRAINT fk_obligation_party FOREIGN KEY (party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE obligation_amount (
    obligation_id BIGINT         NOT NULL,
    kind          VARCHAR(40)    NOT NULL COMMENT 'ObligationKind enum name',
    amount        DECIMAL(14, 2) NOT NULL COMMENT 'yuan',
    PRIMARY KEY (obligation_id, kind),
    CONSTRAINT fk_obligation_amount_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id),
    CONSTRAINT ck_obligation_amount_range CHECK (amount > 0 AND amount <= 100000000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
