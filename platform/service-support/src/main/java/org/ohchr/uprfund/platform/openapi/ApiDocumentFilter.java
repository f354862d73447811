package org.ohchr.uprfund.platform.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The platform's finishing of every service's API document ({@code mp.openapi.filter}): the error responses the
 * platform gives ({@link StandardErrorResponses}) and the headers its answers carry ({@link StandardHeaders}), then
 * the components nothing uses removed ({@link UnusedComponents}).
 */
public class ApiDocumentFilter implements OASFilter {

    private final StandardErrorResponses standardErrorResponses = new StandardErrorResponses();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        standardErrorResponses.filterOpenAPI(openAPI);
        StandardHeaders.addTo(openAPI);
        UnusedComponents.removeFrom(openAPI);
    }
}
