-- Labour plans (db.labour.LabourPlans) set by the manager's staff and confirmed by the defendant. A party has at
-- most one current plan (PROPOSED or CONFIRMED; current_party is NULL for REPLACED ones). The site is public, not
-- personal: its coordinates are plaintext.
CREATE TABLE labour_plan (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    party_id       BIGINT         NOT NULL,
    case_id        BIGINT         NOT NULL,
    application_id BIGINT         NOT NULL,
    site_name      VARCHAR(100)   NOT NULL,
    latitude       DECIMAL(9, 6)  NOT NULL,
    longitude      DECIMAL(9, 6)  NOT NULL,
    radius_metres  INT            NOT NULL,
    amount         DECIMAL(14, 2) NOT NULL COMMENT 'yuan to offset',
    valuation      VARCHAR(20)    NOT NULL COMMENT 'ValuationKind enum name',
    daily_wage     DECIMAL(14, 2) NULL COMMENT 'yuan per day (DAILY_WAGE)',
    start_date     DATE           NOT NULL COMMENT 'plan days in Asia/Shanghai',
    end_date       DATE           NOT NULL,
    window_from    TIME           NULL COMMENT 'daily check-in window, both or neither',
    window_to      TIME           NULL,
    status         VARCHAR(20)    NOT NULL COMMENT 'PlanStatus enum name',
    set_by         VARCHAR(64)    COLLATE utf8mb4_bin NOT NULL,
    set_at         DATETIME       NOT NULL,
    confirmed_by   VARCHAR(64)    COLLATE utf8mb4_bin NULL,
    confirmed_at   DATETIME       NULL,
    covered_at     DATETIME       NULL COMMENT 'confirmed work first reached amount: acceptance requested',
    current_party  BIGINT GENERATED ALWAYS AS (CASE WHEN status <> 'REPLACED' THEN party_id END) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_labour_plan_current (current_party),
    KEY ix_labour_plan_party (party_id),
    KEY ix_labour_plan_period (status, start_date, end_date),
    CONSTRAINT fk_labour_plan_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_labour_plan_case FOREIGN KEY (case_id) REFERENCES eco_case (id),
    CONSTRAINT fk_labour_plan_application FOREIGN KEY (application_id) REFERENCES labour_application (id),
    CONSTRAINT ck_labour_plan CHECK (amount > 0 AND radius_metres > 0 AND end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- PER_ITEM rates: yuan per unit (株, 亩 …), in the order the manager gave them.
CREATE TABLE labour_plan_rate (
    plan_id  BIGINT         NOT NULL,
    position INT            NOT NULL,
    unit     VARCHAR(10)    NOT NULL,
    rate     DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (plan_id, position),
    UNIQUE KEY uk_labour_plan_rate_unit (plan_id, unit),
    CONSTRAINT fk_labour_plan_rate_plan FOREIGN KEY (plan_id) REFERENCES labour_plan (id),
    CONSTRAINT ck_labour_plan_rate CHECK (rate > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
