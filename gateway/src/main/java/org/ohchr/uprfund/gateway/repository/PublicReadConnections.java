package org.ohchr.uprfund.gateway.repository;

import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ohchr.uprfund.gateway.config.PublicReadsConfig;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The share of the read model's connection pool that HTTP reads may take: a transaction begun while serving a
 * {@code GET} or {@code HEAD} (fund status at a date, statements, the contributions table, country profiles, stated
 * figures, whoever sends them) first takes one of {@code fund.public-reads.connections} permits, and holds it until it
 * ends. So reads never hold more connections than that, however many arrive, and the rest of the pool stays with the
 * consumers that apply money events, the fund status snapshot and the rebuild, none of which serve an HTTP read. A read
 * that finds no permit within {@code fund.public-reads.longest-wait} gets a 503 problem with {@code Retry-After}, as when the
 * pool itself has no connection to give.
 * <p>
 * The permit is taken before the transaction begins ({@link Limit}, an interceptor of every {@code @Transactional} method
 * that may open one, placed before the transaction's own), once per request thread: a transaction a read opens inside
 * another takes none of its own.
 */
@ApplicationScoped
public class PublicReadConnections {

    private static final ThreadLocal<Boolean> HOLDING = new ThreadLocal<>();

    private final Semaphore permits;
    private final long waitNanos;

    PublicReadConnections(PublicReadsConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.max-size") int poolSize) {
        if (config.connections() < 1 || config.connections() >= poolSize) {
            throw new IllegalStateException("fund.public-reads.connections must be from 1 to less than the pool's "
                    + poolSize + " connections (quarkus.datasource.jdbc.max-size), not " + config.connections());
        }
        this.permits = new Semaphore(config.connections(), true);
        this.waitNanos = config.longestWait().toNanos();
    }

    Object limit(InvocationContext call) throws Exception {
        if (HOLDING.get() != null || !servingHttpRead()) {
            return call.proceed();
        }
        if (!permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
            // The platform's problem mappers answer a pool's acquisition timeout with a 503 and Retry-After.
            throw new SQLTransientConnectionException("Acquisition timeout: every connection HTTP reads may hold is in use");
        }
        HOLDING.set(Boolean.TRUE);
        try {
            return call.proceed();
        } finally {
            HOLDING.remove();
            permits.release();
        }
    }

    private static boolean servingHttpRead() {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (request == null) {
            return false;
        }
        HttpMethod method = request.request().method();
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    /** Before the transaction interceptors (priority PLATFORM_BEFORE + 200), for each kind that may take a connection. */
    abstract static class Limit {

        @Inject
        PublicReadConnections connections;

        @AroundInvoke
        Object limit(InvocationContext call) throws Exception {
            return connections.limit(call);
        }
    }

    @Interceptor
    @Transactional(TxType.REQUIRED)
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
    static class LimitRequired extends Limit {
    }

    @Interceptor
    @Transactional(TxType.REQUIRES_NEW)
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
    static class LimitRequiresNew extends Limit {
    }

    @Interceptor
    @Transactional(TxType.SUPPORTS)
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
    static class LimitSupports extends Limit {
    }
}
