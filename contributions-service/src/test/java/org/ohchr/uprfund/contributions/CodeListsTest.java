package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The income kinds and pledge statuses this service serves are labelled by the code lists it ships (reference/*.json),
 * which the gateway reads from its jar: one text per label, for every code and language.
 */
@QuarkusTest
class CodeListsTest {

    @Test
    void servedLabelsAreTheCodeListsThisServiceShipsForEveryCodeAndLanguage() {
        for (UnLanguage language : UnLanguage.values()) {
            assertThat(served("/api/income/kinds", language)).containsExactlyEntriesOf(CodeList.named("income-kinds").labels(language));
            assertThat(served("/api/pledges/statuses", language))
                    .containsExactlyEntriesOf(CodeList.named("pledge-statuses").labels(language));
        }
    }

    private static Map<String, String> served(String path, UnLanguage language) {
        List<Map<String, Object>> items = api().header("Accept-Language", language.tag()).when().get(path).then().statusCode(200)
                .header("Content-Language", language.tag()).extract().jsonPath().getList("items");
        Map<String, String> labels = new LinkedHashMap<>();
        items.forEach(item -> labels.put((String) item.get("code"), (String) item.get("label")));
        return labels;
    }
}
