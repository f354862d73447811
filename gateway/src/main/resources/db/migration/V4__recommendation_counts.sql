-- How many recommendations have each response and implementation status now, kept by the projection in the transaction
-- of each change, so that the current fund status counts them without reading every recommendation.
CREATE TABLE fund_recommendation_count (
    response              varchar(32) NOT NULL,
    implementation_status varchar(32) NOT NULL,
    recommendations       bigint NOT NULL,
    PRIMARY KEY (response, implementation_status)
);
INSERT INTO fund_recommendation_count (response, implementation_status, recommendations)
    SELECT response, implementation_status, count(*) FROM fund_recommendation GROUP BY response, implementation_status;
