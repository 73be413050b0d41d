-- Criminal cases handled under the mechanism. "case" is a reserved word, hence eco_case.

CREATE TABLE eco_case (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    case_number   VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL COMMENT '案号, normalised, e.g. （2026）闽0428刑初12号',
    charge        VARCHAR(40)  NOT NULL COMMENT 'Charge enum name (将法〔2021〕17号 二、4)',
    charge_detail VARCHAR(200) NULL COMMENT 'the charge in words when charge = OTHER',
    stage         VARCHAR(20)  NOT NULL COMMENT 'Stage enum name',
    status        VARCHAR(30)  NOT NULL COMMENT 'CaseStatus enum name',
    created_at    DATETIME     NOT NULL,
    updated_at    DATETIME     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_eco_case_number (case_number),
    CONSTRAINT ck_eco_case_other_detail CHECK (charge <> 'OTHER' OR charge_detail IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_officer (
    case_id        BIGINT      NOT NULL,
    officer_userid VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    assigned_at    DATETIME    NOT NULL,
    PRIMARY KEY (case_id, officer_userid),
    KEY ix_case_officer_userid (officer_userid),
    CONSTRAINT fk_case_officer_case FOREIGN KEY (case_id) REFERENCES eco_case (id),
    CONSTRAINT fk_case_officer_officer FOREIGN KEY (officer_userid) REFERENCES officer (userid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
