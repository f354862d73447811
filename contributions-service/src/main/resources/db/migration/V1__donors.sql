CREATE TABLE donor (
    id            UUID PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('STATE', 'ORGANISATION', 'PRIVATE')),
    iso3          VARCHAR(3),
    registered_at TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CHECK ((kind = 'STATE') = (iso3 IS NOT NULL))
);
CREATE UNIQUE INDEX donor_iso3_unique ON donor (iso3) WHERE iso3 IS NOT NULL;
CREATE UNIQUE INDEX donor_name_unique ON donor (lower(name));
