-- Restoration projects (将法〔2024〕4号, db.projects): the court designates a manager agency (a village committee can be
-- one), supervising agencies, the fund, milestones, the progress-report interval and the acceptance date. Numbered
-- XM-<year>-<3 digits> from a per-year counter row locked by the designating transaction (db/README.md).
CREATE TABLE project_sequence (
    year       INT    NOT NULL,
    last_value BIGINT NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    number            VARCHAR(32)    COLLATE utf8mb4_bin NOT NULL COMMENT 'XM-<year>-<nnn>',
    name              VARCHAR(100)   NOT NULL,
    case_id           BIGINT         NULL,
    manager_agency_id BIGINT         NOT NULL,
    fund              DECIMAL(14, 2) NOT NULL COMMENT 'yuan',
    progress_interval VARCHAR(20)    NOT NULL COMMENT 'ISO-8601 period, e.g. P1M',
    acceptance_date   DATE           NOT NULL,
    state             VARCHAR(20)    NOT NULL COMMENT 'ProjectState enum name',
    designated_by     VARCHAR(64)    COLLATE utf8mb4_bin NOT NULL,
    designated_at     DATETIME       NOT NULL,
    acceptance_result VARCHAR(1000)  NULL COMMENT 'the 协作小组 opinion',
    accepted_by       VARCHAR(64)    COLLATE utf8mb4_bin NULL,
    accepted_at       DATETIME       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_project_number (number),
    KEY ix_project_case (case_id),
    KEY ix_project_manager (manager_agency_id),
    CONSTRAINT fk_project_case FOREIGN KEY (case_id) REFERENCES eco_case (id),
    CONSTRAINT fk_project_manager FOREIGN KEY (manager_agency_id) REFERENCES agency (id),
    CONSTRAINT ck_project_fund CHECK (fund > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_supervisor (
    project_id BIGINT NOT NULL,
    agency_id  BIGINT NOT NULL,
    position   INT    NOT NULL,
    PRIMARY KEY (project_id, agency_id),
    KEY ix_project_supervisor_agency (agency_id),
    CONSTRAINT fk_project_supervisor_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_supervisor_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_milestone (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    project_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    name       VARCHAR(100) NOT NULL,
    due_date   DATE         NOT NULL,
    reached_by VARCHAR(64)  COLLATE utf8mb4_bin NULL,
    reached_at DATETIME     NULL,
    note       VARCHAR(500) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_project_milestone_position (project_id, position),
    CONSTRAINT fk_project_milestone_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A 支付申请: the natural resources bureau's opinion, then the court's decision. AWAITING_* count against the fund.
CREATE TABLE disbursement_request (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    project_id     BIGINT         NOT NULL,
    amount         DECIMAL(14, 2) NOT NULL COMMENT 'yuan',
    purpose        VARCHAR(500)   NOT NULL,
    status         VARCHAR(20)    NOT NULL COMMENT 'DisbursementStatus enum name',
    requested_by   VARCHAR(64)    COLLATE utf8mb4_bin NOT NULL,
    requested_at   DATETIME       NOT NULL,
    opinion        VARCHAR(1000)  NULL,
    opinion_agrees BOOLEAN        NULL,
    opinion_by     VARCHAR(64)    COLLATE utf8mb4_bin NULL,
    opinion_at     DATETIME       NULL,
    decided_by     VARCHAR(64)    COLLATE utf8mb4_bin NULL,
    decided_at     DATETIME       NULL,
    refusal_reason VARCHAR(500)   NULL,
    PRIMARY KEY (id),
    KEY ix_disbursement_request_project (project_id, status),
    KEY ix_disbursement_request_status (status),
    CONSTRAINT fk_disbursement_request_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_disbursement_request_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 支付依据 / 发票 sent with a request. The file name is sealed (row key id: inserted empty, set by an UPDATE once the
-- id is known); the content is sealed in 64 KiB chunks (row key <attachment_id>:<seq>) so that no row nears
-- max_allowed_packet and re-encryption batches stay small. sha256 is of the plaintext content, as in the ledger.
CREATE TABLE disbursement_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    request_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    kind         VARCHAR(20)  NOT NULL COMMENT 'AttachmentKind enum name',
    file_name    TEXT         NOT NULL COMMENT 'sealed',
    content_type VARCHAR(100) NOT NULL,
    size         BIGINT       NOT NULL,
    sha256       CHAR(64)     COLLATE utf8mb4_bin NOT NULL,
    chunks       INT          NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_disbursement_attachment_position (request_id, position),
    CONSTRAINT fk_disbursement_attachment_request FOREIGN KEY (request_id) REFERENCES disbursement_request (id),
    CONSTRAINT ck_disbursement_attachment_size CHECK (size > 0 AND chunks > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE disbursement_attachment_chunk (
    id            BIGINT     NOT NULL AUTO_INCREMENT COMMENT 're-encryption cursor',
    attachment_id BIGINT     NOT NULL,
    seq           INT        NOT NULL,
    content       MEDIUMTEXT NOT NULL COMMENT 'sealed base64 of up to 64 KiB',
    PRIMARY KEY (id),
    UNIQUE KEY uk_disbursement_attachment_chunk (attachment_id, seq),
    CONSTRAINT fk_disbursement_attachment_chunk FOREIGN KEY (attachment_id) REFERENCES disbursement_attachment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
