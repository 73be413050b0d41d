-- Agencies taking part in the 生态司法+碳汇 mechanism and the officers (WeCom users) acting for them.
-- Conventions for every table of this schema: InnoDB, utf8mb4, instants as UTC DATETIME with whole seconds.

CREATE TABLE agency (
    id   BIGINT       NOT NULL AUTO_INCREMENT,
    code VARCHAR(40)  NOT NULL COMMENT 'stable identifier, e.g. COURT',
    kind VARCHAR(40)  NOT NULL COMMENT 'AgencyKind enum name',
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_agency_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO agency (code, kind, name) VALUES
    ('COURT', 'COURT', '将乐县人民法院'),
    ('PROCURATORATE', 'PROCURATORATE', '将乐县人民检察院'),
    ('POLICE', 'POLICE', '将乐县公安局'),
    ('FORESTRY', 'FORESTRY', '将乐县林业局'),
    ('NATURAL_RESOURCES', 'NATURAL_RESOURCES', '将乐县自然资源局'),
    ('TOWNSHIP', 'TOWNSHIP', '将乐县万全乡人民政府'),
    ('VILLAGE', 'VILLAGE', '将乐县万全乡竹舟村民委员会'),
    ('RESTORATION_MANAGER', 'RESTORATION_MANAGER', '福建金森碳汇科技有限公司');

CREATE TABLE officer (
    userid     VARCHAR(64) COLLATE utf8mb4_bin NOT NULL COMMENT 'WeCom userid',
    agency_id  BIGINT      NULL COMMENT 'NULL only for a bootstrap administrator',
    role       VARCHAR(20) NOT NULL COMMENT 'Role enum name',
    name       VARCHAR(50) NOT NULL,
    active     BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at DATETIME    NOT NULL,
    updated_at DATETIME    NOT NULL,
    PRIMARY KEY (userid),
    KEY ix_officer_agency (agency_id),
    CONSTRAINT fk_officer_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
