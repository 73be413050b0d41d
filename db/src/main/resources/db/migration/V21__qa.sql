-- Officer questions answered from the knowledge base (bot.qa): every answer is recorded, with 👍/👎 feedback and the
-- follow-up context that keeps the next question on topic.

CREATE TABLE qa_answer (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    officer_userid   VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    event_id         BIGINT       NULL COMMENT 'inbound event answered, so a redelivery never records twice',
    question         TEXT         NOT NULL,
    clause_ids       TEXT         NOT NULL COMMENT 'cited clauses, one per line, best first',
    mode             VARCHAR(16)  NOT NULL COMMENT 'EXTRACTIVE or MODEL',
    abstained        BOOLEAN      NOT NULL COMMENT 'the documents do not cover it: refusal with suggestions',
    reply            MEDIUMTEXT   NOT NULL COMMENT 'the text sent back',
    latency_ms       INT          NOT NULL,
    feedback_task_id VARCHAR(64)  COLLATE utf8mb4_bin NULL COMMENT 'task id of the 👍/👎 card',
    created_at       DATETIME     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_qa_answer_event (event_id),
    UNIQUE KEY uk_qa_answer_task (feedback_task_id),
    KEY ix_qa_answer_officer (officer_userid, created_at),
    CONSTRAINT fk_qa_answer_officer FOREIGN KEY (officer_userid) REFERENCES officer (userid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qa_feedback (
    answer_id      BIGINT      NOT NULL,
    rating         VARCHAR(8)  NOT NULL COMMENT 'UP or DOWN; a second click replaces the first',
    reason         TEXT        NULL,
    reason_until   DATETIME    NULL COMMENT 'after 👎, the next message before this instant is taken as the reason',
    created_at     DATETIME    NOT NULL,
    updated_at     DATETIME    NOT NULL,
    PRIMARY KEY (answer_id),
    CONSTRAINT fk_qa_feedback_answer FOREIGN KEY (answer_id) REFERENCES qa_answer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qa_context (
    officer_userid VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    context        TEXT        NOT NULL COMMENT 'the knowledge base''s follow-up context after the last answer',
    updated_at     DATETIME    NOT NULL,
    PRIMARY KEY (officer_userid),
    CONSTRAINT fk_qa_context_officer FOREIGN KEY (officer_userid) REFERENCES officer (userid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
