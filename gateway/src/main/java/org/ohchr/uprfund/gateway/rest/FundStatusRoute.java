package org.ohchr.uprfund.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.ohchr.uprfund.gateway.service.report.FundStatusSnapshot;
import org.ohchr.uprfund.gateway.service.report.FundStatusSnapshot.Rendered;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/fund/status} without a query, answered on the event loop straight from the snapshot: its JSON body
 * and entity tag are ready, so an answer costs no database query and no serialisation, and a client that sends the tag
 * back in {@code If-None-Match} gets {@code 304 Not Modified}. Anything else on that path (a query such as
 * {@code ?asOf=}, or no snapshot yet just after start) goes on to {@link FundStatusResource}, which documents the
 * operation.
 */
@ApplicationScoped
public class FundStatusRoute {

    static final String PATH = "/api/fund/status";
    /** Clients and caches may keep it, but must ask again each time: the status changes with every event. */
    static final String CACHE_CONTROL = "public, no-cache";
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence CACHE = HttpHeaders.createOptimized(CACHE_CONTROL);

    private final FundStatusSnapshot snapshot;
    private volatile Prepared prepared;

    FundStatusRoute(FundStatusSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /**
     * Before every other route of the router (the security and observability filters included, which this public,
     * ready answer does not need: measured, they cost more than the answer itself).
     */
    static final int ORDER = Integer.MIN_VALUE + 1000;
    /** Where Quarkus' HTTP metrics read the route's template from (the Vert.x context local ServiceRoutes also sets). */
    private static final String METRICS_PATH_TEMPLATE = "UrlPathTemplate";

    void register(@Observes Router router) {
        router.get(PATH).order(ORDER).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        Rendered rendered = context.request().query() == null ? snapshot.ready() : null;
        if (rendered == null) {
            context.next();
            return;
        }
        Vertx.currentContext().putLocal(METRICS_PATH_TEMPLATE, PATH);
        Prepared ready = prepared;
        if (ready == null || ready.rendered != rendered) {
            ready = new Prepared(rendered, Buffer.buffer(rendered.body()), HttpHeaders.createOptimized(rendered.etag()));
            prepared = ready;
        }
        HttpServerResponse response = context.response();
        MultiMap headers = response.headers();
        headers.add(HttpHeaders.ETAG, ready.etag).add(HttpHeaders.CACHE_CONTROL, CACHE);
        if (EntityTags.matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), rendered.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        headers.add(HttpHeaders.CONTENT_TYPE, JSON);
        response.end(ready.body);
    }

    private record Prepared(Rendered rendered, Buffer body, CharSequence etag) {
    }
}
