package org.ohchr.uprfund.gateway.rest;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error the gateway itself returns ({@code application/problem+json}).
 * {@code service} names the service behind the gateway that could not answer; {@code violations} lists offending fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(description = "URI identifying the kind of problem", examples = "https://upr-fund.example/problems/not-found") String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Not Found") String title,
        @Schema(description = "HTTP status code", examples = "404") int status,
        @Schema(description = "What went wrong with this request") String detail,
        @Schema(description = "The request path the problem occurred on", examples = "/api/fund/nothing") String instance,
        @Schema(description = "The service behind the gateway that did not answer (503 only)", examples = "contributions-service") String service,
        @Schema(description = "Offending fields (validation problems only)") List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://upr-fund.example/problems/";

    public record Violation(
            @Schema(description = "Path of the offending field", examples = "name") String field,
            @Schema(description = "Why its value was refused", examples = "must not be blank") String message) {
    }

    /** A problem whose type is derived from its title: "Not Found" has type {@code .../problems/not-found}. */
    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem(typeFor(title), title, status, detail, instance, null, null);
    }

    public static Problem serviceUnavailable(String service, String instance) {
        return new Problem(TYPE_BASE + "service-unavailable", "Service unavailable", 503,
                service + " is not answering at the moment; try again shortly", instance, service, null);
    }

    public static Problem validation(String detail, String instance, List<Violation> violations) {
        return new Problem(TYPE_BASE + "validation-failed", "Validation failed", 400, detail, instance, null, violations);
    }

    private static String typeFor(String title) {
        return TYPE_BASE + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
