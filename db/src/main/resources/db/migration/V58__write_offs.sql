-- 碳汇核销: every certificate opens one item; the manager batches open items into a submission to the forestry
-- bureau, whose officer confirms it (db.restoration.WriteOffs).
CREATE TABLE write_off_submission (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    submitted_by VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    submitted_at DATETIME    NOT NULL,
    confirmed_by VARCHAR(64) COLLATE utf8mb4_bin NULL,
    confirmed_at DATETIME    NULL,
    PRIMARY KEY (id),
    KEY ix_write_off_submission_confirmed (confirmed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE write_off_item (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    certificate_number VARCHAR(32) COLLATE utf8mb4_bin NOT NULL,
    party_id           BIGINT      NOT NULL,
    case_id            BIGINT      NOT NULL,
    status             VARCHAR(20) NOT NULL COMMENT 'WriteOffStatus enum name',
    submission_id      BIGINT      NULL,
    opened_at          DATETIME    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_write_off_item_certificate (certificate_number),
    KEY ix_write_off_item_status (status),
    KEY ix_write_off_item_submission (submission_id),
    CONSTRAINT fk_write_off_item_certificate FOREIGN KEY (certificate_number) REFERENCES certificate (number),
    CONSTRAINT fk_write_off_item_submission FOREIGN KEY (submission_id) REFERENCES write_off_submission (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
