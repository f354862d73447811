-- The search indexer finds the recommendations an import wrote through the import itself (the ids it keeps per row),
-- from one row per import, instead of one queued row per recommendation: an import of 200,000 rows queues one row.
CREATE TABLE search_index_pending_import (
    import_id UUID    PRIMARY KEY REFERENCES recommendation_import (id),
    -- the rows of the file (from 0: the first after the header) still to index start here
    next_row  INTEGER NOT NULL DEFAULT 0
);

DROP TABLE search_index_pending;

-- Read a slice at a time by the indexer and the row report: kept uncompressed so that a slice is read alone (ids of
-- random UUIDs do not compress anyway).
ALTER TABLE recommendation_import ALTER COLUMN outcomes SET STORAGE EXTERNAL;
ALTER TABLE recommendation_import ALTER COLUMN recommendation_ids SET STORAGE EXTERNAL;
