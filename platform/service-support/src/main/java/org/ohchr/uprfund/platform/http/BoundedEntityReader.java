package org.ohchr.uprfund.platform.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.ohchr.uprfund.platform.problem.PayloadTooLargeException;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Counts the bytes of a request body as the endpoint reads it and stops at the request path's limit ({@link BodyLimits}):
 * a body sent in chunks, without Content-Length, gets the same 413 problem as one that declares its size
 * ({@link RequestBodyLimit}).
 */
@Provider
public class BoundedEntityReader implements ReaderInterceptor {

    private final BodyLimits limits;
    private final CurrentVertxRequest request;

    BoundedEntityReader(BodyLimits limits, CurrentVertxRequest request) {
        this.limits = limits;
        this.request = request;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        RoutingContext current = request.getCurrent();
        long limit = limits.forPath(current == null ? null : current.request().path());
        Counting body = new Counting(context.getInputStream(), limit);
        context.setInputStream(body);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // The JSON reader wraps what the stream throws (as an error of the property it was reading, for one).
            if (body.overLimit) {
                throw new PayloadTooLargeException(limit);
            }
            throw e;
        }
    }

    private static final class Counting extends FilterInputStream {

        private final long limit;
        private long read;
        private boolean overLimit;

        Counting(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > limit) {
                overLimit = true;
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
