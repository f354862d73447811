package org.ohchr.uprfund.projects.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageParameters;
import org.ohchr.uprfund.projects.domain.CostCategory;
import org.ohchr.uprfund.projects.domain.Expenditure;
import org.ohchr.uprfund.projects.mapping.ExpenditureMapper;
import org.ohchr.uprfund.projects.mapping.ExpenditureResponse;
import org.ohchr.uprfund.projects.repository.ExpenditureRepository;
import org.ohchr.uprfund.projects.service.ExpenditureService;

@Path("/api/projects/{id}/expenditures")
@Tag(name = "Expenditure")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectExpenditureResource {

    private final ExpenditureService service;

    ProjectExpenditureResource(ExpenditureService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listProjectExpenditure", summary = "List a project's expenditure", description = "As GET"
            + " /api/expenditures?projectId=...: by accounting date, corrections as entries of their own. A page past the end is empty.")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ExpenditureResponse.class)),
                    examples = @ExampleObject(name = "page", value = ExpenditureExamples.EXPENDITURE_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = ExpenditureExamples.INVALID_EXPENDITURE_FILTER)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PROJECT_NOT_FOUND)))
    public Page<ExpenditureResponse> list(
            @PathParam("id") UUID projectId,
            @Parameter(description = "Only this cost category") @QueryParam("category") CostCategory category,
            @Parameter(description = "First accounting date, included", example = "2020-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last accounting date, included", example = "2020-12-31") @QueryParam("to") LocalDate to,
            @BeanParam PageParameters page) {
        ExpenditureRepository.Filter filter = new ExpenditureRepository.Filter(projectId, null, null, category, DateRange.of(from, to), null);
        Page<Expenditure> entries = service.list(filter, page.request());
        Map<UUID, BigDecimal> corrected = service.correctedAmountsOf(entries.items());
        return entries.map(entry -> ExpenditureMapper.toResponse(entry, corrected.get(entry.id)));
    }
}
