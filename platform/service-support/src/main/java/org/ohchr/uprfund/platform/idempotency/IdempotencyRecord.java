package org.ohchr.uprfund.platform.idempotency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The first response to a create request sent with an {@code Idempotency-Key}, kept to answer its retries. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @EmbeddedId
    public IdempotencyScope scope;

    /** SHA-256 of the request body: a retry must carry the same. */
    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    @Column(length = 1000)
    public String location;

    @Column(length = 100)
    public String etag;

    @Column(nullable = false, columnDefinition = "text")
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
