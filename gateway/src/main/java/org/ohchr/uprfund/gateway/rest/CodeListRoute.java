package org.ohchr.uprfund.gateway.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.ohchr.uprfund.gateway.domain.CostCategory;
import org.ohchr.uprfund.platform.reference.CodeList;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /reference/<name>.json}: the code lists whose codes the gateway shows (cost categories, implementation
 * statuses), as their owners ship them in their {@code event-schemas} artifacts, byte for byte: the dashboard labels
 * those codes with them, so that no page holds a copy of an owner's labels. Each list is read, and checked, at start.
 */
@ApplicationScoped
public class CodeListRoute {

    /** The lists the gateway shows codes of: projects-service's cost categories, recommendations-service's statuses. */
    static final List<String> SERVED = List.of(CostCategory.CODE_LIST, "implementation-statuses");
    private static final String PATH = "^/reference/([a-z0-9-]{1,60})\\.json$";

    void register(@Observes Router router) {
        Map<String, Buffer> lists = SERVED.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), CodeListRoute::asShipped));
        router.routeWithRegex(HttpMethod.GET, PATH).order(-1).handler(context -> answer(context, lists.get(context.pathParam("param0"))));
    }

    private static void answer(RoutingContext context, Buffer list) {
        if (list == null) {
            context.next();
            return;
        }
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(list);
    }

    private static Buffer asShipped(String name) {
        CodeList.named(name);
        String path = CodeList.LOCATION + name + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Code list " + path + " cannot be read", e);
        }
    }
}
