package org.ohchr.uprfund.projects;

import static org.ohchr.uprfund.projects.ProjectTestRequests.activeProject;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFieldOffice;
import static org.ohchr.uprfund.projects.ProjectTestRequests.update;

import java.time.LocalDate;

import org.ohchr.uprfund.testing.DataClassificationContract;

import io.quarkus.test.junit.QuarkusTest;

/** docs/DATA-CLASSIFICATION.md, held against this service (see the contract). */
@QuarkusTest
class DataClassificationTest extends DataClassificationContract {

    @Override
    protected Sample sampleOf(ClassifiedField field) {
        if (!field.key().equals("ProgressUpdate.reportedBy")) {
            throw new AssertionError("No sample of " + field.key() + ": say here where to read it");
        }
        String projectId = activeProject("KEN");
        String updateId = asFieldOffice("KEN").body(update(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31), "Classified"))
                .when().post("/api/projects/" + projectId + "/updates").then().statusCode(201).extract().path("id");
        return new Sample("/api/projects/" + projectId + "/updates/" + updateId, "", "field-office@test");
    }
}
