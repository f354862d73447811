package org.ohchr.uprfund.platform.idempotency;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What an {@code Idempotency-Key} is unique within: the caller (the token's subject), the method and the path. Two
 * callers, or one caller on two paths, may use the same key without meeting.
 */
@Embeddable
public record IdempotencyScope(
        @Column(nullable = false, length = 200) String caller,
        @Column(nullable = false, length = 10) String method,
        @Column(nullable = false, length = 500) String path,
        @Column(name = "idempotency_key", nullable = false, length = 200) String key) implements Serializable {
}
