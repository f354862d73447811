package org.ohchr.uprfund.platform.paging;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters every list takes ({@code @BeanParam}). */
public class PageParameters {

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Which page, from 0; a page past the end is empty", example = "0")
    Integer page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Items per page, 1 to 200", example = "20")
    Integer size;

    /** @throws org.ohchr.uprfund.platform.problem.InvalidFieldException naming {@code page} or {@code size} when out of range */
    public PageRequest request() {
        return new PageRequest(page == null ? 0 : page, size == null ? PageRequest.DEFAULT_SIZE : size);
    }
}
