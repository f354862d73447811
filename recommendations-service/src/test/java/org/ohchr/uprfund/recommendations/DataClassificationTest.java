package org.ohchr.uprfund.recommendations;

import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.HEADER;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.asEditor;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.csvRow;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.etagOf;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.freshDocument;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.importCsv;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.newRecommendation;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.record;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.recommendation;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.revisionOf;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.with;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.ohchr.uprfund.testing.DataClassificationContract;

import io.quarkus.test.junit.QuarkusTest;

/** docs/DATA-CLASSIFICATION.md, held against this service (see the contract). */
@QuarkusTest
class DataClassificationTest extends DataClassificationContract {

    private static final String EDITOR = "editor@test";

    @Override
    protected Sample sampleOf(ClassifiedField field) {
        return switch (field.key()) {
            case "Recommendation.recordedBy" -> new Sample("/api/recommendations/" + newRecommendation(), "", EDITOR);
            case "Recommendation.revisedBy" -> {
                Map<String, Object> recorded = recommendation(freshDocument(), "2.1");
                String id = record(recorded);
                asEditor().header("If-Match", etagOf(id)).body(with(revisionOf(recorded), "response", "NOTED"))
                        .when().put("/api/recommendations/" + id).then().statusCode(200);
                yield new Sample("/api/recommendations/" + id, "", EDITOR);
            }
            case "ImplementationPlan.updatedBy" -> {
                String id = newRecommendation();
                asEditor().header("If-Match", etagOf(id)).body(Map.of("priority", "HIGH", "indicators", List.of("Titles issued")))
                        .when().put("/api/implementation-plans/" + id).then().statusCode(200);
                yield new Sample("/api/implementation-plans/" + id, "", EDITOR);
            }
            case "StatusChange.changedBy" -> {
                String id = newRecommendation();
                String location = asEditor().header("If-Match", etagOf(id)).body(Map.of("status", "IN_PROGRESS"))
                        .when().post("/api/implementation-plans/" + id + "/status-changes").then().statusCode(201).extract().header("Location");
                yield new Sample(URI.create(location).getPath(), "", EDITOR);
            }
            case "ImportReport.importedBy" -> {
                String location = importCsv(HEADER + "\n" + csvRow(freshDocument(), "1", "Ratify the Optional Protocol"))
                        .statusCode(201).extract().header("Location");
                yield new Sample(URI.create(location).getPath(), "", EDITOR);
            }
            default -> throw new AssertionError("No sample of " + field.key() + ": say here where to read it");
        };
    }
}
