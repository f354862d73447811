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
import org.ohchr.uprfund.platform.problem.ProblemException;
import org.ohchr.uprfund.platform.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Makes a create request safe to retry. A key belongs to its caller (the token's subject), method and path (its
 * {@link CanonicalPath canonical form}: decoded, UUIDs in lower case, no trailing slash). Requests
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
        key = sent(key);
        if (key == null) {
            throw new InvalidFieldException(HEADER, "is required for this operation, so that a retry never records twice:"
                    + " send a new UUID with each new request, and the same one when you retry it");
        }
        return once(key, request, create);
    }

    /** For other creates: with a key they are safe to retry, without one they simply run. */
    @Transactional
    public Response withOptionalKey(String key, Object request, Supplier<Response> create) {
        key = sent(key);
        return key == null ? create.get() : once(key, request, create);
    }

    /**
     * The key as the request sent it: the header param is null for an empty header, which is a malformed key (refused),
     * not an absent one.
     */
    private String sent(String key) {
        if (key != null || currentRequest.getCurrent() == null) {
            return key;
        }
        return currentRequest.getCurrent().request().getHeader(HEADER);
    }

    /** What a batch item's single operation created: the URL and the representation its 201 carries. */
    public record Created(URI location, Object entity) {
    }

    /** What became of a batch item: created now, or {@code replayed} from an earlier request with its key. */
    public record ItemOutcome(boolean replayed, URI location, JsonNode entry) {
    }

    /**
     * For one item of a batch, whose key travels in the item: its scope is the caller, {@code POST} and the path of the
     * single operation the item stands for, so an entry sent alone and then again inside a batch (or the other way
     * round) with one key is recorded once, and the response stored is the one that operation gives. Joins the
     * caller's transaction; a refusal ({@link ProblemException}) does not doom it, since a batch recording several items
     * in one transaction rolls a refused item back to its own savepoint and goes on.
     *
     * @param path the path of the single operation, such as {@code /api/projects/<id>/updates}
     * @param keyField the item's key as the batch names it, for the 400 when the key is missing or malformed
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public ItemOutcome forBatchItem(String path, String key, String keyField, Object request, Supplier<Created> create) {
        if (key == null) {
            throw new InvalidFieldException(keyField, "is required for every item, so that sending the batch again never"
                    + " records twice: a new UUID for each new entry, the same one when it is sent again");
        }
        checkKey(keyField, key);
        IdempotencyScope scope = scope("POST", path, key);
        Response response = once(scope, request, () -> {
            Created created = create.get();
            return Response.created(created.location()).entity(created.entity()).build();
        });
        boolean replayed = "true".equals(response.getHeaderString(REPLAYED_HEADER));
        Object entity = response.getEntity();
        return new ItemOutcome(replayed, response.getLocation(),
                entity instanceof String stored ? tree(stored) : objectMapper.valueToTree(entity));
    }

    private Response once(String key, Object request, Supplier<Response> create) {
        checkKey(HEADER, key);
        return once(scopeOf(key), request, create);
    }

    private Response once(IdempotencyScope scope, Object request, Supplier<Response> create) {
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
        return scope(request.method().name(), request.path(), key);
    }

    /** The caller's scope on a path as the client wrote it: the path canonical, so that every spelling of it meets. */
    private IdempotencyScope scope(String method, String path, String key) {
        return new IdempotencyScope(truncated(caller.subject(), 200), method, truncated(CanonicalPath.of(path), 500), key);
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

    private static void checkKey(String field, String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidFieldException(field, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID");
        }
    }

    private String hash(Object request) {
        return HexFormat.of().formatHex(Digests.sha256(json(request).getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode tree(String stored) {
        try {
            return objectMapper.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored response is not JSON", e);
        }
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
