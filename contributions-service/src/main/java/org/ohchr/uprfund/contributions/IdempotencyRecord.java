package org.ohchr.uprfund.contributions;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The first response to a create request sent with an {@code Idempotency-Key}, kept to answer its retries. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    @Column(name = "idempotency_key", length = 200)
    public String key;

    /** SHA-256 of the method, path and request body: a retry must carry the same. */
    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(name = "status", nullable = false)
    public int status;

    @Column(name = "location", length = 500)
    public String location;

    @Column(name = "etag", length = 100)
    public String etag;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
