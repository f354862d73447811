-- Facets as keys computed by the service, the filters with few values as columns of the search row, and the words of
-- the texts in a table of their own:
--  * a recommendation keeps the keys of its facets (8 bytes each) instead of their names (about 300 bytes a row), which
--    the service computes (Facets.java): the first 8 bytes of the MD5 of the name, big-endian, signed; facet_key() is
--    the same in SQL. The triggers copy them to the search row instead of hashing names row by row;
--  * mechanism, language, response, action category and implementation status leave the facets for columns of the
--    search row: each of their values is shared by a sixth to a half of the recommendations, so that an index of them
--    costs more to read (and to write, at every import) than checking the rows another condition found;
--  * the words (about 250 bytes a recommendation, kept inline: PostgreSQL moves values out of a row only above 2 kB,
--    whatever toast_tuple_target says) leave the search row for recommendation_words, one row per recommendation,
--    which the search indexer inserts: the search rows stay narrow (about 200 bytes: a count of 20,000 matches reads a
--    third of the pages it read) and the indexer no longer rewrites each of them after a bulk import (which left the
--    table twice its size until then). The words' row repeats the list order's columns (the natural key, which never
--    changes) with their index, and the language of the original: a text query alone or with the language, the
--    commonest, reads the words alone, its page included (a common word: the first rows in the list order that have it).
CREATE FUNCTION facet_key(facet TEXT) RETURNS BIGINT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT ('x' || left(md5(facet), 16))::bit(64)::bigint
$$;

ALTER TABLE recommendation ADD COLUMN facet_keys BIGINT[];

ALTER TABLE recommendation_search
    ADD COLUMN mechanism             VARCHAR(20),
    ADD COLUMN language              VARCHAR(2),
    ADD COLUMN response              VARCHAR(20),
    ADD COLUMN action_category       INTEGER,
    ADD COLUMN implementation_status VARCHAR(25);

CREATE OR REPLACE FUNCTION recommendation_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO recommendation_search (recommendation_id, state_under_review, cycle_key, document_symbol, paragraph_sort, facet_keys,
                                       mechanism, language, response, action_category, implementation_status)
    SELECT n.id, n.state_under_review, n.cycle_key, n.document_symbol, n.paragraph_sort, n.facet_keys,
           n.mechanism, n.language, n.response, n.action_category, n.implementation_status
    FROM written AS n;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION recommendation_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE recommendation_search AS s
    SET state_under_review = n.state_under_review, cycle_key = n.cycle_key, document_symbol = n.document_symbol,
        paragraph_sort = n.paragraph_sort, facet_keys = n.facet_keys, mechanism = n.mechanism, language = n.language,
        response = n.response, action_category = n.action_category, implementation_status = n.implementation_status
    FROM written AS n
    WHERE s.recommendation_id = n.id
      AND (s.state_under_review, s.cycle_key, s.document_symbol, s.paragraph_sort, s.facet_keys, s.mechanism, s.language,
           s.response, s.action_category, s.implementation_status)
          IS DISTINCT FROM (n.state_under_review, n.cycle_key, n.document_symbol, n.paragraph_sort, n.facet_keys, n.mechanism,
                            n.language, n.response, n.action_category, n.implementation_status);
    RETURN NULL;
END
$$;

-- (the update trigger carries the keys and columns to the search rows)
UPDATE recommendation
SET facet_keys = ARRAY(SELECT facet_key(f) FROM unnest(facets) AS f
                       WHERE split_part(f, ':', 1) NOT IN ('mechanism', 'language', 'response', 'action', 'status'));

ALTER TABLE recommendation ALTER COLUMN facet_keys SET NOT NULL;
ALTER TABLE recommendation DROP COLUMN facets;
ALTER TABLE recommendation_search
    ALTER COLUMN mechanism SET NOT NULL,
    ALTER COLUMN language SET NOT NULL,
    ALTER COLUMN response SET NOT NULL,
    ALTER COLUMN implementation_status SET NOT NULL;
DROP FUNCTION facet_hashes(TEXT[]);

CREATE TABLE recommendation_words (
    recommendation_id  UUID         PRIMARY KEY REFERENCES recommendation (id),
    state_under_review VARCHAR(3)   NOT NULL,
    cycle_key          INTEGER      NOT NULL,
    document_symbol    VARCHAR(100) NOT NULL,
    paragraph_sort     VARCHAR(80)  NOT NULL,
    language           VARCHAR(2)   NOT NULL,
    words_ar           TSVECTOR,
    words_en           TSVECTOR,
    words_es           TSVECTOR,
    words_fr           TSVECTOR,
    words_ru           TSVECTOR,
    grams              TEXT[],
    chinese_text       TEXT
);
INSERT INTO recommendation_words (recommendation_id, state_under_review, cycle_key, document_symbol, paragraph_sort, language,
                                  words_ar, words_en, words_es, words_fr, words_ru, grams, chinese_text)
SELECT recommendation_id, state_under_review, cycle_key, document_symbol, paragraph_sort, language,
       words_ar, words_en, words_es, words_fr, words_ru, grams, chinese_text
FROM recommendation_search
WHERE num_nonnulls(words_ar, words_en, words_es, words_fr, words_ru, grams, chinese_text) > 0;
CREATE INDEX recommendation_words_order ON recommendation_words (state_under_review, cycle_key, document_symbol, paragraph_sort);
CREATE INDEX recommendation_words_ar ON recommendation_words USING gin (words_ar) WHERE words_ar IS NOT NULL;
CREATE INDEX recommendation_words_en ON recommendation_words USING gin (words_en) WHERE words_en IS NOT NULL;
CREATE INDEX recommendation_words_es ON recommendation_words USING gin (words_es) WHERE words_es IS NOT NULL;
CREATE INDEX recommendation_words_fr ON recommendation_words USING gin (words_fr) WHERE words_fr IS NOT NULL;
CREATE INDEX recommendation_words_ru ON recommendation_words USING gin (words_ru) WHERE words_ru IS NOT NULL;
CREATE INDEX recommendation_words_grams ON recommendation_words USING gin (grams) WHERE grams IS NOT NULL;
CREATE INDEX recommendation_words_chinese ON recommendation_words USING gin (chinese_text gin_trgm_ops) WHERE chinese_text IS NOT NULL;

ALTER TABLE recommendation_search
    DROP COLUMN words_ar,
    DROP COLUMN words_en,
    DROP COLUMN words_es,
    DROP COLUMN words_fr,
    DROP COLUMN words_ru,
    DROP COLUMN grams,
    DROP COLUMN chinese_text;
ALTER TABLE recommendation_search RESET (toast_tuple_target);

ANALYZE recommendation_search;
ANALYZE recommendation_words;
