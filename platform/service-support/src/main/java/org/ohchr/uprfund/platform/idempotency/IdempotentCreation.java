package org.ohchr.uprfund.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Makes a create request safe to retry. A key belongs to its caller (the token's subject), method and path. Requests
 * with one key take turns: the first runs, and its response is stored in the same transaction as the change; the others
 * wait for it and get that response again ({@code Idempotent-Replayed: true}) without writing anything, or, if it is
 * still running after {@code fund.idempotency.wait-for-first}, a 409 {@code idempotency-in-progress}. The same key with
 * another request is refused (422, as the IETF Idempotency-Key draft advises). A refused request leaves no record, so
 * its corrected retry may use the same key.
 */
@ApplicationScoped
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    /** Longest key accepted; a UUID or a short business reference fits easily. */
    public static final int MAX_KEY_LENGTH = 200;
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** SQLSTATE lock_not_available: the wait for the first request with the key timed out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final IdempotencyRecordRepository records;
    private final IdempotencyConfig config;
    private final ObjectMapper objectMapper;
    private final Caller caller;
    private final CurrentVertxRequest currentRequest;

    IdempotentCreation(IdempotencyRecordRepository records, IdempotencyConfig config, ObjectMapper objectMapper,
            Caller caller, CurrentVertxRequest currentRequest) {
        this.records = records;
        this.config = config;
        this.objectMapper = objectMapper;
        this.caller = caller;
        this.currentRequest = currentRequest;
    }

    /**
     * For creates that move money or change a ledger: without a key the request is refused (400), since a retry of it
     * could record twice.
     *
     * @param create makes the change and returns the 201 response; it joins this transaction
     */
    @Transactional
    public Response withRequiredKey(String key, Object request, Supplier<Response> create) {
        if (key == null) {
            throw new InvalidFieldException(HEADER, "is required for this operation, so that a retry never records twice:"
                    + " send a new UUID with each new request, and the same one when you retry it");
        }
        return once(key, request, create);
    }

    /** For other creates: with a key they are safe to retry, without one they simply run. */
    @Transactional
    public Response withOptionalKey(String key, Object request, Supplier<Response> create) {
        return key == null ? create.get() : once(key, request, create);
    }

    private Response once(String key, Object request, Supplier<Response> create) {
        checkKey(key);
        IdempotencyScope scope = scopeOf(key);
        String hash = hash(request);
        waitForEarlierRequest(scope);
        Optional<IdempotencyRecord> previous = records.findByIdOptional(scope);
        if (previous.isPresent()) {
            return replay(previous.get(), hash);
        }
        Response response = create.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.scope = scope;
        record.requestHash = hash;
        record.status = response.getStatus();
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
        record.etag = response.getEntityTag() == null ? null : response.getEntityTag().getValue();
        record.body = json(response.getEntity());
        record.createdAt = Instant.now();
        records.persist(record);
        return response;
    }

    private void waitForEarlierRequest(IdempotencyScope scope) {
        try {
            records.lock(scope, config.waitForFirst().toMillis());
        } catch (PersistenceException e) {
            if (hasSqlState(e, LOCK_NOT_AVAILABLE)) {
                throw new IdempotencyInProgressException();
            }
            throw e;
        }
    }

    private IdempotencyScope scopeOf(String key) {
        var request = currentRequest.getCurrent().request();
        return new IdempotencyScope(truncated(caller.subject(), 200), request.method().name(), truncated(request.path(), 500), key);
    }

    private static Response replay(IdempotencyRecord record, String hash) {
        if (!record.requestHash.equals(hash)) {
            throw new IdempotencyKeyReusedException();
        }
        Response.ResponseBuilder replay = Response.status(record.status).type(MediaType.APPLICATION_JSON).entity(record.body)
                .header(REPLAYED_HEADER, "true");
        if (record.location != null) {
            replay.location(URI.create(record.location));
        }
        if (record.etag != null) {
            replay.tag(new EntityTag(record.etag));
        }
        return replay.build();
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidFieldException(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID");
        }
    }

    private String hash(Object request) {
        return HexFormat.of().formatHex(Digests.sha256(json(request).getBytes(StandardCharsets.UTF_8)));
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A request or response cannot be written as JSON", e);
        }
    }

    private static String truncated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static boolean hasSqlState(Throwable failure, String state) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
