-- 成果验收 (db.labour.LabourAcceptances): results the manager's staff or the forestry bureau record; the latest
-- counts when the court closes the obligation.
CREATE TABLE labour_acceptance (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    party_id    BIGINT       NOT NULL,
    case_id     BIGINT       NOT NULL,
    plan_id     BIGINT       NOT NULL,
    result      VARCHAR(500) NOT NULL,
    passed      BOOLEAN      NOT NULL,
    recorded_by VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    recorded_at DATETIME     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_labour_acceptance_party (party_id),
    CONSTRAINT fk_labour_acceptance_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_labour_acceptance_case FOREIGN KEY (case_id) REFERENCES eco_case (id),
    CONSTRAINT fk_labour_acceptance_plan FOREIGN KEY (plan_id) REFERENCES labour_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
