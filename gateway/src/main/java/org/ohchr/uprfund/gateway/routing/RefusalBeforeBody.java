package org.ohchr.uprfund.gateway.routing;

import org.ohchr.uprfund.platform.problem.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request with a problem before any of its body is read, and leaves the body unread: the request stays
 * paused (as Quarkus hands it over, and again once the answer is sent), the answer says {@code Connection: close}, and
 * the connection is closed once the client has closed it or after {@link #GRACE_MILLIS}. Closing at once, with the client's bytes unread, would make the
 * operating system reset the connection, and a client still sending could lose the answer with it.
 */
final class RefusalBeforeBody {

    /** How long a refused client has to read its answer before the connection is closed under it. */
    static final long GRACE_MILLIS = 2_000;

    private RefusalBeforeBody() {
    }

    /** Sends {@code problem} with its status and {@code headers} (name, value, name, value...). */
    static void respond(RoutingContext context, ObjectMapper json, Problem problem, String... headers) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            return;
        }
        // HTTP/2 bounds what a client may send unread on one stream by its window, and the connection is not its alone.
        if (!request.isEnded() && request.version() != HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(ended -> closeLeavingBodyUnread(context.vertx(), request));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            response.putHeader(headers[i], headers[i + 1]);
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(write(json, problem));
    }

    // Quarkus resumes a request whose answer has ended, to read what is left of its body: paused again right after.
    private static void closeLeavingBodyUnread(Vertx vertx, HttpServerRequest request) {
        vertx.runOnContext(next -> request.pause());
        HttpConnection connection = request.connection();
        long timer = vertx.setTimer(GRACE_MILLIS, fired -> connection.close());
        connection.closeHandler(closed -> vertx.cancelTimer(timer));
    }

    private static String write(ObjectMapper json, Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record could not be written as JSON", e);
        }
    }
}
