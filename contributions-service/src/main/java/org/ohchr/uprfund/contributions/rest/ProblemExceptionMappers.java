package org.ohchr.uprfund.contributions.rest;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ohchr.uprfund.contributions.service.ConflictException;
import org.ohchr.uprfund.contributions.service.IdempotencyKeyReusedException;
import org.ohchr.uprfund.contributions.service.Preconditions;
import org.ohchr.uprfund.contributions.service.InvalidFieldException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every failure into an RFC 9457 problem; no stack trace or SQL ever reaches a client. */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response validationFailed(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return invalid(violations, uri);
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e, UriInfo uri) {
        return invalid(List.of(new Problem.Violation(e.field(), e.getMessage())), uri);
    }

    /** Listed one by one because Quarkus ships its own mapper for the more specific Jackson exceptions. */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String detail = "The body is not well-formed JSON";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail = "Field '" + fieldPath(mapping) + "' has the wrong type or format";
            if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
                detail = "Field '" + fieldPath(mapping) + "' must be one of " + java.util.Arrays.toString(format.getTargetType().getEnumConstants());
            }
        }
        return respond(Problem.of("malformed-request", "Malformed request body", 400, detail, uri.getPath()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return respond(Problem.of("conflict", "Conflict", 409, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e, UriInfo uri) {
        return respond(Problem.of("idempotency-key-reused", "Idempotency-Key reused", 422, e.getMessage(), uri.getPath()));
    }

    /** A unique constraint refused a write that raced with another one; nothing of this request was kept. */
    @ServerExceptionMapper
    public Response concurrentWrite(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(Problem.of("conflict", "Conflict", 409,
                "The request conflicts with a change made at the same moment; read the resource again and retry", uri.getPath()));
    }

    @ServerExceptionMapper
    public Response preconditionRequired(Preconditions.PreconditionRequiredException e, UriInfo uri) {
        return respond(Problem.of("precondition-required", "Precondition required", 428, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response preconditionFailed(Preconditions.PreconditionFailedException e, UriInfo uri) {
        return respond(Problem.of("precondition-failed", "Precondition failed", 412, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = Problem.of("unauthenticated", "Authentication required", 401,
                "This operation needs a valid bearer token", uri.getPath());
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of("forbidden", "Forbidden", 403, "Your token does not grant the role this operation needs",
                uri.getPath()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType info = original.getStatusInfo();
        String detail = status == 404 ? "Nothing is found at " + uri.getPath() : info.getReasonPhrase();
        Response.ResponseBuilder builder = Response.fromResponse(original).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(slug(info.getReasonPhrase()), info.getReasonPhrase(), status, detail, uri.getPath()));
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", reference, uri.getPath());
        return respond(Problem.of("internal-error", "Internal error", 500,
                "The request could not be completed; quote reference " + reference + " when reporting it", uri.getPath()));
    }

    private static Response invalid(List<Problem.Violation> violations, UriInfo uri) {
        return respond(new Problem(URI.create(Problem.TYPE_BASE + "validation"), "Invalid request", 400,
                "The request has " + violations.size() + " invalid field(s)", uri.getPath(), violations));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The field path inside the request body, without the method and parameter names Bean Validation puts first. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        int index = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            if (index++ < 2 || node.getName() == null) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? violation.getPropertyPath().toString() : field.toString();
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String slug(String reason) {
        return reason.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
