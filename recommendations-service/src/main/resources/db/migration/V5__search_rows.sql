-- Searches read one narrow row per recommendation (recommendation_search) instead of the recommendation itself (about
-- 900 bytes a row) joined to one row per text: a count of 20,000 matches then reads a few thousand pages instead of
-- tens of thousands, and a page of results needs no join until its 20 recommendations are read.
--  * the list order (State, cycle, document, paragraph as a number) and the filters' columns, kept by the triggers below
--    in the statement that writes the recommendation: every filter but q finds a recommendation as soon as it is written;
--  * the facets as 64-bit hashes (8 bytes each instead of the text; a false match needs two of the service's few
--    thousand facet values to share a 64-bit hash);
--  * the words of its texts, one column per language with a PostgreSQL text search configuration, and the characters
--    and pairs of characters and the text of its Chinese text: written by the search indexer, moved out of the row
--    (toast_tuple_target, EXTERNAL) so that the row stays narrow; a search by words reads them from the indexes.
CREATE FUNCTION facet_hashes(facets TEXT[]) RETURNS BIGINT[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(hashtextextended(f, 0)), '{}') FROM unnest(facets) AS f
$$;

CREATE TABLE recommendation_search (
    recommendation_id  UUID         PRIMARY KEY REFERENCES recommendation (id),
    state_under_review VARCHAR(3)   NOT NULL,
    cycle_key          INTEGER      NOT NULL,
    document_symbol    VARCHAR(100) NOT NULL,
    paragraph_sort     VARCHAR(80)  NOT NULL,
    facet_keys         BIGINT[]     NOT NULL,
    words_ar           TSVECTOR,
    words_en           TSVECTOR,
    words_es           TSVECTOR,
    words_fr           TSVECTOR,
    words_ru           TSVECTOR,
    grams              TEXT[],
    chinese_text       TEXT
) WITH (toast_tuple_target = 128);
ALTER TABLE recommendation_search ALTER COLUMN facet_keys SET STORAGE PLAIN;
ALTER TABLE recommendation_search ALTER COLUMN words_ar SET STORAGE EXTERNAL;
ALTER TABLE recommendation_search ALTER COLUMN words_en SET STORAGE EXTERNAL;
ALTER TABLE recommendation_search ALTER COLUMN words_es SET STORAGE EXTERNAL;
ALTER TABLE recommendation_search ALTER COLUMN words_fr SET STORAGE EXTERNAL;
ALTER TABLE recommendation_search ALTER COLUMN words_ru SET STORAGE EXTERNAL;
ALTER TABLE recommendation_search ALTER COLUMN grams SET STORAGE EXTERNAL;
ALTER TABLE recommendation_search ALTER COLUMN chinese_text SET STORAGE EXTERNAL;

INSERT INTO recommendation_search (recommendation_id, state_under_review, cycle_key, document_symbol, paragraph_sort, facet_keys,
                                   words_ar, words_en, words_es, words_fr, words_ru, grams, chinese_text)
SELECT r.id, r.state_under_review, r.cycle_key, r.document_symbol, r.paragraph_sort, facet_hashes(r.facets),
       (SELECT s.words FROM recommendation_text_search s WHERE s.recommendation_id = r.id AND s.language = 'ar'),
       (SELECT s.words FROM recommendation_text_search s WHERE s.recommendation_id = r.id AND s.language = 'en'),
       (SELECT s.words FROM recommendation_text_search s WHERE s.recommendation_id = r.id AND s.language = 'es'),
       (SELECT s.words FROM recommendation_text_search s WHERE s.recommendation_id = r.id AND s.language = 'fr'),
       (SELECT s.words FROM recommendation_text_search s WHERE s.recommendation_id = r.id AND s.language = 'ru'),
       (SELECT s.grams FROM recommendation_text_search s WHERE s.recommendation_id = r.id AND s.language = 'zh'),
       (SELECT s.chinese_text FROM recommendation_text_search s WHERE s.recommendation_id = r.id AND s.language = 'zh')
FROM recommendation r;

CREATE INDEX recommendation_search_order ON recommendation_search (state_under_review, cycle_key, document_symbol, paragraph_sort);
CREATE INDEX recommendation_search_facets ON recommendation_search USING gin (facet_keys);
CREATE INDEX recommendation_search_words_ar ON recommendation_search USING gin (words_ar) WHERE words_ar IS NOT NULL;
CREATE INDEX recommendation_search_words_en ON recommendation_search USING gin (words_en) WHERE words_en IS NOT NULL;
CREATE INDEX recommendation_search_words_es ON recommendation_search USING gin (words_es) WHERE words_es IS NOT NULL;
CREATE INDEX recommendation_search_words_fr ON recommendation_search USING gin (words_fr) WHERE words_fr IS NOT NULL;
CREATE INDEX recommendation_search_words_ru ON recommendation_search USING gin (words_ru) WHERE words_ru IS NOT NULL;
CREATE INDEX recommendation_search_grams ON recommendation_search USING gin (grams) WHERE grams IS NOT NULL;
CREATE INDEX recommendation_search_chinese ON recommendation_search USING gin (chinese_text gin_trgm_ops) WHERE chinese_text IS NOT NULL;

ANALYZE recommendation_search;

DROP TABLE recommendation_text_search;
-- Searched through recommendation_search: an index less to write on every import.
DROP INDEX recommendation_facets;

-- The statement that writes recommendations writes their search rows (one INSERT or UPDATE per statement, whatever
-- its number of rows: an import's COPY of thousands of rows costs one more statement).
CREATE FUNCTION recommendation_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO recommendation_search (recommendation_id, state_under_review, cycle_key, document_symbol, paragraph_sort, facet_keys)
    SELECT n.id, n.state_under_review, n.cycle_key, n.document_symbol, n.paragraph_sort, facet_hashes(n.facets) FROM written AS n;
    RETURN NULL;
END
$$;
CREATE TRIGGER recommendation_search_insert AFTER INSERT ON recommendation
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION recommendation_search_insert();

CREATE FUNCTION recommendation_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE recommendation_search AS s
    SET state_under_review = n.state_under_review, cycle_key = n.cycle_key, document_symbol = n.document_symbol,
        paragraph_sort = n.paragraph_sort, facet_keys = facet_hashes(n.facets)
    FROM written AS n
    WHERE s.recommendation_id = n.id
      AND (s.state_under_review, s.cycle_key, s.document_symbol, s.paragraph_sort, s.facet_keys)
          IS DISTINCT FROM (n.state_under_review, n.cycle_key, n.document_symbol, n.paragraph_sort, facet_hashes(n.facets));
    RETURN NULL;
END
$$;
CREATE TRIGGER recommendation_search_update AFTER UPDATE ON recommendation
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION recommendation_search_update();
