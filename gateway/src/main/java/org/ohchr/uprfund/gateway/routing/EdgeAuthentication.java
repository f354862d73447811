package org.ohchr.uprfund.gateway.routing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.ohchr.uprfund.platform.http.RequestBodyLimit;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.platform.problem.ProblemType;
import org.ohchr.uprfund.platform.security.Roles;
import org.ohchr.uprfund.platform.security.ServiceTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's early refusal of a write to a service: before any of its body is read (and before its declared length
 * is weighed, {@link RequestBodyLimit}), a write must carry a bearer token that the service it goes to would accept
 * (the suite's key and issuer, that service's audience: {@link ServiceTokens}) and that grants one of the suite's roles.
 * Otherwise it gets the service's own 401 or 403 problem from the gateway, and its body stays unread
 * ({@link RefusalBeforeBody}).
 * <p>
 * Which role may write which path is the service's to say, and the service still checks it: the gateway holds no copy
 * of that matrix, which would drift from it. What the gateway refuses is what no service of the suite accepts: no
 * token, a token the service would not take, a token without any role of the suite (every write needs one). A write of
 * a valid token with the wrong role reaches its service, streamed when it is a bulk body, within the bulk bounds.
 * <p>
 * A write is any method but GET, HEAD and OPTIONS, and any request that declares a body.
 */
@ApplicationScoped
public class EdgeAuthentication {

    /** Before {@link RequestBodyLimit}: an anonymous 130 MB upload gets its 401, not a 413 that tells it the limit. */
    static final int ORDER = RequestBodyLimit.ORDER - 1;

    /** Where the verified caller's subject waits for the bulk bounds ({@link UploadSlots}). */
    static final String CALLER = "fund.gateway.caller";

    private static final Logger LOG = Logger.getLogger(EdgeAuthentication.class);
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final ServiceTokens tokens;
    private final ObjectMapper json;

    EdgeAuthentication(ServiceTokens tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    /** The check of the writes to the service whose token audience is {@code audience}. */
    Handler<RoutingContext> forService(String service, String audience) {
        return context -> check(context, service, audience);
    }

    private void check(RoutingContext context, String service, String audience) {
        HttpServerRequest request = context.request();
        if (READS.contains(request.method()) && !declaresBody(request)) {
            context.next();
            return;
        }
        List<String> authorizations = request.headers().getAll(HttpHeaders.AUTHORIZATION);
        Optional<String> token = authorizations.size() == 1 ? ServiceTokens.bearer(authorizations.get(0)) : Optional.empty();
        if (token.isEmpty()) {
            unauthenticated(context, service);
            return;
        }
        JsonWebToken verified;
        try {
            verified = tokens.verify(token.get(), audience);
        } catch (Exception refused) {
            LOG.debugf("Refused a token for %s on %s %s: %s", service, request.method(), request.path(), refused.getMessage());
            unauthenticated(context, service);
            return;
        }
        Set<String> groups = verified.getGroups();
        if (groups == null || groups.stream().noneMatch(Roles.ALL::contains)) {
            RefusalBeforeBody.respond(context, json, Problem.of(ProblemType.FORBIDDEN,
                    "Your token grants none of the suite's roles, and writing needs one", request.path()));
            return;
        }
        context.put(CALLER, verified.getSubject() != null ? verified.getSubject() : verified.getName());
        context.next();
    }

    private void unauthenticated(RoutingContext context, String service) {
        RefusalBeforeBody.respond(context, json, Problem.of(ProblemType.UNAUTHENTICATED,
                "This operation needs a valid bearer token: signed by the suite's key, for " + service + ", not expired",
                context.request().path()), "WWW-Authenticate", "Bearer");
    }

    private static boolean declaresBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING) || (length != null && !length.strip().equals("0"));
    }
}
