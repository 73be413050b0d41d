-- 工作量化 (db.labour.WorkQuantities): the manager's confirmed quantity of one check-in, credited at the plan's rate.
CREATE TABLE labour_work_credit (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    check_in_id  BIGINT         NOT NULL,
    party_id     BIGINT         NOT NULL,
    plan_id      BIGINT         NOT NULL,
    quantity     DECIMAL(12, 3) NOT NULL,
    unit         VARCHAR(10)    NOT NULL,
    rate         DECIMAL(14, 2) NOT NULL,
    yuan         DECIMAL(14, 2) NOT NULL,
    confirmed_by VARCHAR(64)    COLLATE utf8mb4_bin NOT NULL,
    confirmed_at DATETIME       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_labour_work_credit_check_in (check_in_id),
    KEY ix_labour_work_credit_party (party_id),
    CONSTRAINT fk_labour_work_credit_check_in FOREIGN KEY (check_in_id) REFERENCES labour_check_in (id),
    CONSTRAINT fk_labour_work_credit_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_labour_work_credit_plan FOREIGN KEY (plan_id) REFERENCES labour_plan (id),
    CONSTRAINT ck_labour_work_credit CHECK (quantity > 0 AND rate > 0 AND yuan >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
