-- Each party's restoration file (db.restoration.RestorationFiles): its state; amounts and path stay on the
-- party's obligations. A row exists from the first transition on; before it the state follows the obligations' path.
CREATE TABLE restoration_file (
    party_id   BIGINT         NOT NULL,
    case_id    BIGINT         NOT NULL,
    state      VARCHAR(30)    NOT NULL COMMENT 'RestorationState enum name',
    paid       DECIMAL(14, 2) NOT NULL DEFAULT 0 COMMENT 'confirmed payments, yuan',
    created_at DATETIME       NOT NULL,
    updated_at DATETIME       NOT NULL,
    PRIMARY KEY (party_id),
    KEY ix_restoration_file_case (case_id),
    CONSTRAINT fk_restoration_file_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_restoration_file_case FOREIGN KEY (case_id) REFERENCES eco_case (id),
    CONSTRAINT ck_restoration_file_paid CHECK (paid >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A payment the manager (福建金森碳汇科技有限公司) is asked to confirm, with the guidance price in force when opened.
-- At most one PENDING request per party (pending_party is NULL for every other status).
CREATE TABLE payment_request (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    party_id             BIGINT         NOT NULL,
    case_id              BIGINT         NOT NULL,
    amount               DECIMAL(14, 2) NOT NULL COMMENT 'remaining when opened, yuan',
    price_per_tonne      DECIMAL(14, 4) NOT NULL COMMENT 'yuan per tonne CO2e',
    price_source         VARCHAR(200)   NOT NULL,
    price_effective_date DATE           NOT NULL,
    points_per_tonne     DECIMAL(14, 4) NULL,
    status               VARCHAR(20)    NOT NULL COMMENT 'PaymentRequestStatus enum name',
    requested_by         VARCHAR(64)    COLLATE utf8mb4_bin NOT NULL,
    requested_at         DATETIME       NOT NULL,
    resolved_by          VARCHAR(64)    COLLATE utf8mb4_bin NULL,
    resolved_at          DATETIME       NULL,
    receipt_number       VARCHAR(64)    COLLATE utf8mb4_bin NULL COMMENT 'the manager''s receipt, once confirmed',
    received_amount      DECIMAL(14, 2) NULL,
    pending_party        BIGINT GENERATED ALWAYS AS (CASE WHEN status = 'PENDING' THEN party_id END) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_payment_request_pending (pending_party),
    UNIQUE KEY uk_payment_request_receipt (receipt_number),
    KEY ix_payment_request_party (party_id),
    KEY ix_payment_request_status (status),
    CONSTRAINT fk_payment_request_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_payment_request_case FOREIGN KEY (case_id) REFERENCES eco_case (id),
    CONSTRAINT ck_payment_request_amount CHECK (amount > 0 AND (received_amount IS NULL OR received_amount > 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
