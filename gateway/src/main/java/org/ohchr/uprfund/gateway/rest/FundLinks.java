package org.ohchr.uprfund.gateway.rest;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.config.GatewayConfig;

/** Links the gateway writes: from its configured public URL ({@code fund.gateway.public-url}), never from the request. */
@ApplicationScoped
public class FundLinks {

    private final URI base;

    FundLinks(GatewayConfig config) {
        String url = config.publicUrl().toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** The public URL of a path of the suite, such as {@code /api/fund/statements/2020}. */
    public URI to(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public URI base() {
        return base;
    }
}
