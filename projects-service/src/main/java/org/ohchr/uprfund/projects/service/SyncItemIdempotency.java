package org.ohchr.uprfund.projects.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.platform.idempotency.IdempotencyConfig;
import org.ohchr.uprfund.platform.idempotency.IdempotencyRecord;
import org.ohchr.uprfund.platform.idempotency.IdempotencyRecordRepository;
import org.ohchr.uprfund.platform.idempotency.IdempotencyScope;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.ProblemException;
import org.ohchr.uprfund.platform.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The platform's idempotent creation ({@link IdempotentCreation}) for one item of a batch, whose key travels in the item
 * and whose scope is the item's target, not the batch's path: the same table, the same scope (caller, POST, the path of
 * the single operation the item stands for, key), the same request digest and the same stored response. So an entry
 * sent alone and then again in a batch (or the other way round) with one key is recorded once.
 * <p>
 * It keeps the platform's rules: requests with one key take turns (409 {@code idempotency-in-progress} after
 * {@code fund.idempotency.wait-for-first}), a replay writes nothing, the same key with another request is refused
 * (422), and a refused item leaves no record. (The platform derives the scope from the current HTTP request only; a
 * variant taking an explicit scope belongs there, and would replace the few lines below that mirror it.)
 */
@ApplicationScoped
public class SyncItemIdempotency {

    /** SQLSTATE lock_not_available: the wait for the first request with the key timed out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final IdempotencyRecordRepository records;
    private final IdempotencyConfig config;
    private final ObjectMapper json;

    SyncItemIdempotency(IdempotencyRecordRepository records, IdempotencyConfig config, ObjectMapper json) {
        this.records = records;
        this.config = config;
        this.json = json;
    }

    /** What the single operation answered, or would have: a 201 with the entry and its URL. */
    public record Created(URI location, Object entity) {
    }

    /** The first response for the key: {@code replayed} when an earlier request recorded it. */
    public record Outcome(boolean replayed, URI location, JsonNode entry) {
    }

    /**
     * Runs {@code create} once for the scope, in the current transaction, and stores its response with it.
     *
     * @throws InvalidFieldException ({@code idempotencyKey}) for a key that is not 1 to 200 visible ASCII characters
     */
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public Outcome once(IdempotencyScope scope, Object request, Supplier<Created> create) {
        checkKey(scope.key());
        String hash = HexFormat.of().formatHex(sha256(write(request)));
        waitForEarlierRequest(scope);
        Optional<IdempotencyRecord> previous = records.findByIdOptional(scope);
        if (previous.isPresent()) {
            if (!previous.get().requestHash.equals(hash)) {
                throw new KeyReusedException();
            }
            return new Outcome(true, previous.get().location == null ? null : URI.create(previous.get().location),
                    read(previous.get().body));
        }
        Created created = create.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.scope = scope;
        record.requestHash = hash;
        record.status = 201;
        record.location = created.location().toString();
        record.body = write(created.entity());
        record.createdAt = Instant.now();
        records.persist(record);
        return new Outcome(false, created.location(), json.valueToTree(created.entity()));
    }

    private void waitForEarlierRequest(IdempotencyScope scope) {
        try {
            records.lock(scope, config.waitForFirst().toMillis());
        } catch (PersistenceException e) {
            if (hasSqlState(e, LOCK_NOT_AVAILABLE)) {
                throw new InProgressException();
            }
            throw e;
        }
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw new InvalidFieldException("idempotencyKey", "is required for every item, so that sending the batch again never"
                    + " records twice: a new UUID for each new entry, the same one when it is sent again");
        }
        if (key.isEmpty() || key.length() > IdempotentCreation.MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidFieldException("idempotencyKey", "must be 1 to " + IdempotentCreation.MAX_KEY_LENGTH
                    + " visible ASCII characters, such as a UUID");
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A request or response cannot be written as JSON", e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored response is not JSON", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean hasSqlState(Throwable failure, String state) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The item's key was used before, with another request; as the platform answers it (422). */
    static class KeyReusedException extends ProblemException {
        KeyReusedException() {
            super(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used with a different request; use a new key for a new request");
        }
    }

    /** Another request with the item's key is still running; as the platform answers it (409). */
    static class InProgressException extends ConflictException {
        InProgressException() {
            super(ProblemType.IDEMPOTENCY_IN_PROGRESS, "A request with this Idempotency-Key is still being processed;"
                    + " retry shortly with the same key to receive its response");
        }
    }
}
