package org.ohchr.uprfund.gateway.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.config.BulkUploadConfig;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.platform.problem.ProblemType;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The bulk uploads under way through the gateway, bounded per caller ({@link EdgeAuthentication#CALLER}, a token's
 * subject) and in all ({@link BulkUploadConfig}). An upload past either bound gets a 429 problem with
 * {@code Retry-After}, before its body is read; an upload gives its place back when its answer has been sent or its
 * connection has gone, whichever comes first.
 */
@ApplicationScoped
public class UploadSlots {

    private final int perCaller;
    private final int inAll;
    private final String retryAfterSeconds;
    private final ObjectMapper json;
    private final Map<String, Integer> byCaller = new HashMap<>();
    private int underWay;

    UploadSlots(BulkUploadConfig config, ObjectMapper json) {
        if (config.perCaller() < 1 || config.inAll() < config.perCaller()) {
            throw new IllegalStateException("fund.gateway.bulk-uploads: per-caller (" + config.perCaller()
                    + ") must be at least 1, and in-all (" + config.inAll() + ") at least per-caller");
        }
        this.perCaller = config.perCaller();
        this.inAll = config.inAll();
        this.retryAfterSeconds = Long.toString(Math.max(1, config.retryAfter().toSeconds()));
        this.json = json;
    }

    /** Lets the upload go on ({@code context.next()}) within the bounds, or refuses it with the 429 problem. */
    void admit(RoutingContext context) {
        String caller = context.get(EdgeAuthentication.CALLER);
        String refusal = take(caller);
        if (refusal != null) {
            RefusalBeforeBody.respond(context, json, Problem.of(ProblemType.TOO_MANY_REQUESTS, refusal, context.request().path()),
                    HttpHeaders.RETRY_AFTER.toString(), retryAfterSeconds);
            return;
        }
        AtomicBoolean given = new AtomicBoolean();
        context.addEndHandler(ended -> {
            if (given.compareAndSet(false, true)) {
                give(caller);
            }
        });
        context.next();
    }

    /** Takes a place for {@code caller}; null when taken, else why not. */
    private synchronized String take(String caller) {
        int callers = byCaller.getOrDefault(caller, 0);
        if (callers >= perCaller) {
            return "You have " + callers + " uploads under way, the most one caller may have at once; send this one when one of them is done";
        }
        if (underWay >= inAll) {
            return "The gateway has " + underWay + " uploads under way, the most it takes at once; try again shortly";
        }
        byCaller.put(caller, callers + 1);
        underWay++;
        return null;
    }

    private synchronized void give(String caller) {
        byCaller.computeIfPresent(caller, (name, count) -> count > 1 ? count - 1 : null);
        underWay--;
    }
}
