-- The head of the change-log hash chain (see ChangeLogRepository): one row holding the id and hash of the last
-- change_log row. Every append locks it first, so that two transactions appending at once still form one chain.
CREATE TABLE change_log_head (
    id        INTEGER     NOT NULL,
    last_id   BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT pk_change_log_head PRIMARY KEY (id),
    CONSTRAINT ck_change_log_head_single CHECK (id = 1)
);

INSERT INTO change_log_head (id, last_id, last_hash)
SELECT 1,
       COALESCE((SELECT MAX(id) FROM change_log), 0),
       COALESCE((SELECT hash FROM change_log WHERE id = (SELECT MAX(id) FROM change_log)),
                '0000000000000000000000000000000000000000000000000000000000000000');
