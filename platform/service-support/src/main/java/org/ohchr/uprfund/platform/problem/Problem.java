package org.ohchr.uprfund.platform.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail: the body of every error the suite returns, as {@code application/problem+json}.
 * {@code violations} lists the offending fields or parameters of a refused request; {@code service} names the service
 * behind the gateway that could not answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Identifies the kind of problem; stable, the same in every service",
                examples = "https://upr-fund.example/problems/validation-failed") URI type,
        @Schema(description = "Short summary of the kind of problem", examples = "Invalid request") String title,
        @Schema(description = "The HTTP status", examples = "400") int status,
        @Schema(description = "What went wrong with this request") String detail,
        @Schema(description = "The request path", examples = "/api/pledges") String instance,
        @Schema(description = "The offending fields or parameters, for a refused request") List<Violation> violations,
        @Schema(description = "The service behind the gateway that did not answer (503 only)", examples = "contributions-service")
        String service) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, null, null);
    }

    public static Problem invalid(List<Violation> violations, String instance) {
        ProblemType type = ProblemType.VALIDATION_FAILED;
        String detail = violations.size() == 1 ? "The request has an invalid field or parameter: " + violations.get(0).field()
                : "The request has " + violations.size() + " invalid fields or parameters";
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, List.copyOf(violations), null);
    }

    public static Problem serviceUnavailable(String service, String instance) {
        ProblemType type = ProblemType.SERVICE_UNAVAILABLE;
        return new Problem(type.uri(), type.title(), type.status(), service + " is not answering at the moment; try again shortly",
                instance, null, service);
    }

    /** One offending field of a body (a path such as {@code items[2].amount}), a query parameter or a header. */
    @Schema(name = "ProblemViolation")
    public record Violation(
            @Schema(examples = "amount") String field,
            @Schema(examples = "must be greater than zero") String message) {
    }
}
