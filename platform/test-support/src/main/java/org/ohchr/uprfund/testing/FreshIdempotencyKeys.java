package org.ohchr.uprfund.testing;

import java.util.UUID;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Gives every POST without an {@code Idempotency-Key} a new one, as a well-behaved client does, so that tests about
 * something else need not carry keys; a test that sets its own key keeps it.
 */
public final class FreshIdempotencyKeys implements Filter {

    public static final String HEADER = "Idempotency-Key";

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        if ("POST".equalsIgnoreCase(request.getMethod()) && !request.getHeaders().hasHeaderWithName(HEADER)) {
            request.header(HEADER, UUID.randomUUID().toString());
        }
        return context.next(request, response);
    }
}
