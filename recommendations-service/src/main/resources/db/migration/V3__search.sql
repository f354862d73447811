-- Full-text search: one row per text of a recommendation (the original and each translation). Texts in Arabic,
-- English, French, Russian and Spanish are searched by words, with the language's own PostgreSQL text search
-- configuration (stemming, stop words); Chinese texts, which have no spaces, by substring: queries of three characters
-- or more through a trigram index, of one or two characters through the set of the text's characters and pairs of
-- adjacent characters (a trigram index cannot answer those).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION text_search_configuration(language VARCHAR) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE language
        WHEN 'ar' THEN 'pg_catalog.arabic'::regconfig
        WHEN 'en' THEN 'pg_catalog.english'::regconfig
        WHEN 'fr' THEN 'pg_catalog.french'::regconfig
        WHEN 'ru' THEN 'pg_catalog.russian'::regconfig
        WHEN 'es' THEN 'pg_catalog.spanish'::regconfig
        ELSE 'pg_catalog.simple'::regconfig
    END
$$;

-- Every character and every pair of adjacent characters of a text, lower case, none containing white space.
CREATE FUNCTION character_grams(content TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT gram), '{}')
    FROM (SELECT substr(lower(content), i, 1) AS gram FROM generate_series(1, length(content)) AS i
          UNION ALL
          SELECT substr(lower(content), i, 2) FROM generate_series(1, length(content) - 1) AS i) AS grams
    WHERE gram !~ '\s'
$$;

CREATE TABLE recommendation_text_search (
    recommendation_id UUID        NOT NULL REFERENCES recommendation (id),
    language          VARCHAR(2)  NOT NULL,
    original          BOOLEAN     NOT NULL,
    words             TSVECTOR,
    grams             TEXT[],
    chinese_text      TEXT,
    PRIMARY KEY (recommendation_id, language),
    CHECK ((language = 'zh') = (words IS NULL))
);
CREATE INDEX recommendation_text_search_words ON recommendation_text_search USING gin (words) WHERE words IS NOT NULL;
CREATE INDEX recommendation_text_search_grams ON recommendation_text_search USING gin (grams) WHERE grams IS NOT NULL;
CREATE INDEX recommendation_text_search_chinese ON recommendation_text_search USING gin (chinese_text gin_trgm_ops)
    WHERE chinese_text IS NOT NULL;

-- Recommendations whose texts are to be (re)indexed: a bulk import leaves them here for the search indexer, which
-- works after the import's commit so that the import itself does not pay for the text analysis.
-- (No foreign key: the ids come from the transaction that wrote the recommendations, and an import writes thousands.)
CREATE TABLE search_index_pending (
    recommendation_id UUID PRIMARY KEY
);
