-- 技术打卡 (db.labour.CheckIns). A part (location or photo) waits here until its pair arrives, on any node; one
-- pending part of each kind per party. payload is sealed (row key "<party_id>:<kind>"): "lat,lon" or the photo as
-- base64.
CREATE TABLE labour_check_in_part (
    party_id     BIGINT      NOT NULL,
    kind         VARCHAR(10) COLLATE utf8mb4_bin NOT NULL COMMENT 'CheckInPartKind enum name',
    received_at  DATETIME    NOT NULL,
    payload      LONGTEXT    NOT NULL COMMENT 'sealed',
    content_type VARCHAR(100) NULL,
    size_bytes   BIGINT      NULL,
    sha256       CHAR(64)    NULL,
    PRIMARY KEY (party_id, kind),
    CONSTRAINT fk_labour_check_in_part_party FOREIGN KEY (party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A recorded check-in: once per party and plan day. location is sealed (row key "<party_id>:<day>").
CREATE TABLE labour_check_in (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    party_id           BIGINT       NOT NULL,
    case_id            BIGINT       NOT NULL,
    plan_id            BIGINT       NOT NULL,
    day                DATE         NOT NULL COMMENT 'plan day (Asia/Shanghai)',
    location           VARCHAR(255) NOT NULL COMMENT 'sealed "lat,lon"',
    distance_metres    BIGINT       NOT NULL,
    photo_sha256       CHAR(64)     NOT NULL,
    photo_bytes        BIGINT       NOT NULL,
    photo_content_type VARCHAR(100) NOT NULL,
    checked_in_by      VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    checked_in_at      DATETIME     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_labour_check_in_day (party_id, day),
    KEY ix_labour_check_in_plan (plan_id),
    CONSTRAINT fk_labour_check_in_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_labour_check_in_case FOREIGN KEY (case_id) REFERENCES eco_case (id),
    CONSTRAINT fk_labour_check_in_plan FOREIGN KEY (plan_id) REFERENCES labour_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The check-in's photo, apart so listing check-ins never reads photos. Sealed base64 (row key check_in_id).
CREATE TABLE labour_check_in_photo (
    check_in_id BIGINT   NOT NULL,
    photo       LONGTEXT NOT NULL COMMENT 'sealed base64 of the image',
    PRIMARY KEY (check_in_id),
    CONSTRAINT fk_labour_check_in_photo FOREIGN KEY (check_in_id) REFERENCES labour_check_in (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
