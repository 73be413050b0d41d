-- 劳役代偿 applications (db.labour.LabourApplications): the defendant's hardship reason and the court's decision.
-- At most one PENDING application per party (pending_party is NULL for every other status).
CREATE TABLE labour_application (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    party_id        BIGINT       NOT NULL,
    case_id         BIGINT       NOT NULL,
    hardship_reason TEXT         NULL COMMENT 'sealed (FieldCipher, row key id); set right after the insert',
    status          VARCHAR(20)  NOT NULL COMMENT 'ApplicationStatus enum name',
    applied_by      VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    applied_at      DATETIME     NOT NULL,
    decided_by      VARCHAR(64)  COLLATE utf8mb4_bin NULL,
    decided_at      DATETIME     NULL,
    refusal_reason  VARCHAR(500) NULL,
    pending_party   BIGINT GENERATED ALWAYS AS (CASE WHEN status = 'PENDING' THEN party_id END) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_labour_application_pending (pending_party),
    KEY ix_labour_application_party (party_id),
    CONSTRAINT fk_labour_application_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_labour_application_case FOREIGN KEY (case_id) REFERENCES eco_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
