package org.ohchr.uprfund.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Every failure of a JAX-RS endpoint as an RFC 9457 problem of the {@link ProblemType} catalogue. A client mistake is a
 * 4xx naming what was wrong; a database out of reach is a 503 with {@code Retry-After}; anything else is a 500 whose
 * reference is logged with the cause. No stack trace, SQL or
 * class name ever reaches a client.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    private final DatabaseProblems database;

    ProblemExceptionMappers(DatabaseProblems database) {
        this.database = database;
    }

    @ServerExceptionMapper
    public Response refused(ProblemException e, UriInfo uri, HttpServerRequest request) {
        if (e instanceof InvalidFieldException invalid) {
            return ProblemResponses.of(Problem.invalid(List.of(new Problem.Violation(invalid.field(), invalid.getMessage())),
                    uri.getPath()));
        }
        if (e instanceof PayloadTooLargeException) {
            // The rest of the body is still on its way: the connection cannot carry another request.
            request.response().endHandler(ended -> request.connection().close());
            return ProblemResponses.builder(Problem.of(e.type(), e.getMessage(), uri.getPath()))
                    .header("Connection", "close").build();
        }
        if (e instanceof RetryLaterException later) {
            return ProblemResponses.builder(Problem.of(e.type(), e.getMessage(), uri.getPath()))
                    .header(HttpHeaders.RETRY_AFTER, later.retryAfterSeconds()).build();
        }
        return ProblemResponses.of(Problem.of(e.type(), e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return ProblemResponses.of(Problem.invalid(violations, uri.getPath()));
    }

    /** Listed one by one: Quarkus ships mappers of its own for the more specific Jackson exceptions. */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, InvalidNullException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.of(JsonProblems.of(e, uri.getPath()));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return ProblemResponses.builder(Problem.of(ProblemType.UNAUTHENTICATED,
                "This operation needs a valid bearer token: signed by the suite's key, for this service, not expired", uri.getPath()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.FORBIDDEN, "Your token does not grant the role this operation needs",
                uri.getPath()));
    }

    /** What JAX-RS itself refused (an unknown path, a wrong method, a parameter it could not convert...). */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri, HttpServerRequest request) {
        if (e.getCause() instanceof ProblemException refused) {
            return refused(refused, uri, request);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder response = ProblemResponses.builder(Problem.of(type, detail(type, uri), uri.getPath()));
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER)) {
            if (original.getHeaderString(header) != null) {
                response.header(header, original.getHeaderString(header));
            }
        }
        return response.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<Problem> unavailable = database.unavailable(e, uri.getPath());
        if (unavailable.isPresent()) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
            return ProblemResponses.builder(unavailable.get())
                    .header(HttpHeaders.RETRY_AFTER, DatabaseProblems.RETRY_AFTER_SECONDS).build();
        }
        return database.alreadyExists(e, uri.getPath()).map(ProblemResponses::of).orElseGet(() -> {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(e, "Unexpected failure %s on %s", reference, uri.getPath());
            return ProblemResponses.of(Problem.of(ProblemType.INTERNAL_ERROR,
                    "The request could not be completed; quote reference " + reference + " when reporting it", uri.getPath()));
        });
    }

    private static String detail(ProblemType type, UriInfo uri) {
        return switch (type) {
            case NOT_FOUND -> "Nothing is found at " + uri.getPath();
            case METHOD_NOT_ALLOWED -> "This method is not allowed on " + uri.getPath();
            case NOT_ACCEPTABLE -> "None of the media types the request accepts can be produced here";
            case UNSUPPORTED_MEDIA_TYPE -> "The body's media type is not accepted here; send application/json";
            default -> type.title();
        };
    }

    /**
     * The offending field as the client knows it: a body field ({@code amount}, {@code items[2].amount}) or a query
     * parameter ({@code size}), without the Java method and parameter names Bean Validation puts first.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && field.length() > 0) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    field.append(field.length() > 0 ? "." : "").append(node.getName());
                }
            }
        }
        return field.length() > 0 ? field.toString() : parameter == null ? violation.getPropertyPath().toString() : parameter;
    }
}
