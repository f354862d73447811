package org.ohchr.uprfund.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.restassured.response.Response;

/**
 * A change guarded by {@code If-Match} takes the current strong ETag and nothing looser: {@code *} (428, it names no
 * version), the current version as a weak tag (412), unquoted (400) or in a list with another (400) are refused with a
 * problem and write nothing, where a lax check would let each of them through.
 */
public final class StrictIfMatch {

    private static final String PROBLEM_JSON = "application/problem+json";

    private StrictIfMatch() {
    }

    /**
     * Sends the change with each loose {@code If-Match} that names the current version, asserting each refusal, then with
     * the current ETag itself.
     *
     * @param currentETag the ETag as the resource's read sends it, such as {@code "3"}
     * @param change sends the change with the given {@code If-Match}; a new request each time, with a new
     *        {@code Idempotency-Key} where the operation takes one
     * @return the answer to the change sent with the current ETag, a 2xx
     */
    public static Response onlyTheCurrentETagPasses(TableRowCounts rows, String currentETag, Function<String, Response> change) {
        assertThat(currentETag).as("the ETag read").matches("\"[^\"]+\"");
        String opaque = currentETag.substring(1, currentETag.length() - 1);
        Map<String, Integer> loose = new LinkedHashMap<>();
        loose.put("*", 428);
        loose.put("W/" + currentETag, 412);
        loose.put(opaque, 400);
        loose.put("\"" + opaque + "0\", " + currentETag, 400);
        loose.forEach((ifMatch, status) -> rows.assertNothingWrittenBy(() -> {
            Response refused = change.apply(ifMatch);
            assertThat(refused.statusCode()).as("If-Match: %s answered %s", ifMatch, refused.asString()).isEqualTo(status);
            assertThat(refused.contentType()).as("If-Match: %s", ifMatch).startsWith(PROBLEM_JSON);
        }));
        Response accepted = change.apply(currentETag);
        assertThat(accepted.statusCode()).as("If-Match: %s answered %s", currentETag, accepted.asString()).isBetween(200, 299);
        return accepted;
    }
}
