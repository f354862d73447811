-- CSV imports and what became of each row. Per row, one byte of outcome (C created, U updated, N unchanged, R refused)
-- and the 16 bytes of the recommendation's id (zeros for a refused row), in file order; the changed fields of updated
-- rows and the problem of refused rows in import_row_detail.
CREATE TABLE recommendation_import (
    id                 UUID         PRIMARY KEY,
    imported_at        TIMESTAMPTZ  NOT NULL,
    imported_by        VARCHAR(200) NOT NULL,
    rows               INTEGER      NOT NULL,
    created            INTEGER      NOT NULL,
    updated            INTEGER      NOT NULL,
    unchanged          INTEGER      NOT NULL,
    refused            INTEGER      NOT NULL,
    bytes              BIGINT       NOT NULL,
    duration_ms        BIGINT       NOT NULL,
    outcomes           BYTEA        NOT NULL,
    recommendation_ids BYTEA        NOT NULL
);
CREATE INDEX recommendation_import_order ON recommendation_import (imported_at DESC, id);

CREATE TABLE import_row_detail (
    import_id         UUID         NOT NULL REFERENCES recommendation_import (id),
    row_number        INTEGER      NOT NULL,
    outcome           VARCHAR(10)  NOT NULL CHECK (outcome IN ('UPDATED', 'REFUSED')),
    changed_fields    VARCHAR(30)[],
    problem           JSONB,
    PRIMARY KEY (import_id, row_number)
);
