package org.ohchr.uprfund.contributions.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.ohchr.uprfund.contributions.IdempotencyRecord;
import org.ohchr.uprfund.contributions.repository.IdempotencyRecordRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Makes a create request safe to retry. With an {@code Idempotency-Key}, the first response is stored in the same
 * transaction as the change; a retry with the same key and the same request gets that response again and writes
 * nothing, and the same key with another request is refused (422, as the IETF Idempotency-Key draft advises).
 */
@ApplicationScoped
@Transactional
public class IdempotentCreation {

    /** Longest key accepted; a UUID or a short business reference fits easily. */
    public static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyRecordRepository records;
    private final ObjectMapper objectMapper;

    IdempotentCreation(IdempotencyRecordRepository records, ObjectMapper objectMapper) {
        this.records = records;
        this.objectMapper = objectMapper;
    }

    /**
     * @param key the client's {@code Idempotency-Key}, or null to create without replay protection
     * @param operation method and path template, such as {@code POST /api/donors}
     * @param request the deserialized request body, hashed to recognise a retry
     * @param create makes the change and returns the 201 response; it joins this transaction
     */
    public Response create(String key, String operation, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        checkKey(key);
        String hash = hash(operation, request);
        Optional<IdempotencyRecord> previous = records.findByIdOptional(key);
        if (previous.isPresent()) {
            return replay(previous.get(), hash);
        }
        Response response = create.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.key = key;
        record.requestHash = hash;
        record.status = response.getStatus();
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
        record.etag = response.getEntityTag() == null ? null : response.getEntityTag().getValue();
        record.body = json(response.getEntity());
        record.createdAt = Instant.now();
        // Flushed now so that a concurrent retry with the same key fails here, before either commits.
        records.persist(record);
        records.flush();
        return response;
    }

    private static Response replay(IdempotencyRecord record, String hash) {
        if (!record.requestHash.equals(hash)) {
            throw new IdempotencyKeyReusedException();
        }
        Response.ResponseBuilder replay = Response.status(record.status).type(MediaType.APPLICATION_JSON).entity(record.body)
                .header("Idempotent-Replayed", "true");
        if (record.location != null) {
            replay.location(URI.create(record.location));
        }
        if (record.etag != null) {
            replay.tag(new EntityTag(record.etag));
        }
        return replay.build();
    }

    private static void checkKey(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidFieldException("Idempotency-Key",
                    "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID");
        }
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(json(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response cannot be written as JSON", e);
        }
    }
}
