package org.ohchr.uprfund.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.problem.DatabaseProblems;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.platform.reference.LabelledAnswer;

/** What the platform adds to every service's API document, so that no resource has to document it. */
class ApiDocumentFilterTest {

    @Test
    void everyWriteDocumentsThe503OfADatabaseOutOfReachWithItsRetryAfter() {
        Operation record = secured(OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("201", created())));

        filter(document("/api/things", PathItem.HttpMethod.POST, record));

        APIResponse unavailable = record.getResponses().getAPIResponse("503");
        assertThat(unavailable.getHeaders()).containsKey("Retry-After");
        assertThat(unavailable.getHeaders().get("Retry-After").getExample()).isEqualTo(DatabaseProblems.RETRY_AFTER_SECONDS);
        assertThat(exampleOf(unavailable, "service-unavailable")).containsEntry("status", 503)
                .containsEntry("detail", DatabaseProblems.UNAVAILABLE_DETAIL).containsEntry("instance", "/api/things");
    }

    @Test
    void every201DeclaresItsLocationUnlessItDoesItself() {
        Operation record = secured(OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("201", created())));
        APIResponse ownLocation = created().addHeader("Location", OASFactory.createHeader().description("URL of the new thing"));
        Operation other = secured(OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("201", ownLocation)));

        filter(document("/api/things", PathItem.HttpMethod.POST, record));
        filter(document("/api/others", PathItem.HttpMethod.POST, other));

        assertThat(record.getResponses().getAPIResponse("201").getHeaders()).containsOnlyKeys("Location");
        assertThat(other.getResponses().getAPIResponse("201").getHeaders().get("Location").getDescription())
                .isEqualTo("URL of the new thing");
    }

    @Test
    void aSecuredReadDocuments401And403ButNo503() {
        Operation read = secured(OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200", created())));

        filter(document("/api/things/{id}", PathItem.HttpMethod.GET, read));

        assertThat(read.getResponses().getAPIResponses()).containsOnlyKeys("200", "401", "403");
        assertThat(exampleOf(read.getResponses().getAPIResponse("401"), "unauthenticated")).containsEntry("instance", "/api/...");
    }

    @Test
    void aListTakingPageAndSizeDocumentsThe400OfAPageOutOfRangeBesideItsOwnExamples() {
        APIResponse ownInvalid = OASFactory.createAPIResponse().description("Invalid filter or paging")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().addExample("invalid", OASFactory.createExample().value(Map.of("status", 400)))));
        Operation list = OASFactory.createOperation().parameters(List.of(query("page"), query("size")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", created()).addAPIResponse("400", ownInvalid));
        list.setSecurity(List.of());

        filter(document("/api/things", PathItem.HttpMethod.GET, list));

        APIResponse invalid = list.getResponses().getAPIResponse("400");
        assertThat(invalid.getDescription()).isEqualTo("Invalid filter or paging");
        assertThat(invalid.getContent().getMediaType(Problem.MEDIA_TYPE).getExamples()).containsOnlyKeys("invalid", "invalid paging");
        assertThat(exampleOf(invalid, "invalid paging")).containsEntry("detail", "The request has an invalid field or parameter: size")
                .containsEntry("violations", List.of(Map.of("field", "size", "message", "must be from 1 to 200")));
    }

    @Test
    void anErrorAResourceDocumentsUnderTheMediaTypesItProducesIsAProblemWithTheProblemSchema() {
        APIResponse notFound = OASFactory.createAPIResponse().description("No such year").content(OASFactory.createContent()
                .addMediaType("text/csv", OASFactory.createMediaType().addExample("no data",
                        OASFactory.createExample().value("{\"status\": 404}")))
                .addMediaType("application/json", OASFactory.createMediaType().addExample("no data",
                        OASFactory.createExample().value(Map.of("status", 404)))));
        Operation read = OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200", created())
                .addAPIResponse("404", notFound));

        filter(document("/api/years/{year}", PathItem.HttpMethod.GET, read));

        APIResponse documented = read.getResponses().getAPIResponse("404");
        assertThat(documented.getContent().getMediaTypes()).containsOnlyKeys(Problem.MEDIA_TYPE);
        assertThat(documented.getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
        assertThat(exampleOf(documented, "no data")).containsEntry("status", 404);
        assertThat(read.getResponses().getAPIResponse("200").getContent().getMediaTypes()).containsOnlyKeys("application/json");
    }

    @Test
    void anErrorExampleWrittenForATextMediaTypeBecomesTheProblemsJson() {
        APIResponse full = OASFactory.createAPIResponse().description("Too many subscribers").content(OASFactory.createContent()
                .addMediaType("text/event-stream", OASFactory.createMediaType().addExample("full",
                        OASFactory.createExample().value("{\"status\": 503, \"title\": \"Service unavailable\"}"))));
        Operation stream = OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200", created())
                .addAPIResponse("503", full));

        filter(document("/api/events", PathItem.HttpMethod.GET, stream));

        assertThat(exampleOf(stream.getResponses().getAPIResponse("503"), "full")).containsEntry("status", 503)
                .containsEntry("title", "Service unavailable");
    }

    @Test
    void anOperationTakingAcceptLanguageSaysHowTheLanguageIsChosenAndDeclaresContentLanguage() {
        Operation labels = OASFactory.createOperation().parameters(List.of(OASFactory.createParameter().name("Accept-Language")
                .in(Parameter.In.HEADER))).responses(OASFactory.createAPIResponses().addAPIResponse("200", created()));
        labels.setSecurity(List.of());

        filter(document("/api/kinds", PathItem.HttpMethod.GET, labels));

        assertThat(labels.getParameters().get(0).getDescription()).isEqualTo(LabelledAnswer.ACCEPT_LANGUAGE);
        assertThat(labels.getResponses().getAPIResponse("200").getHeaders()).containsOnlyKeys("Content-Language");
    }

    private static Operation secured(Operation operation) {
        return operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt", "fund-manager"));
    }

    private static APIResponse created() {
        return OASFactory.createAPIResponse().description("Done").content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType().example(Map.of("id", 1))));
    }

    private static Parameter query(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY);
    }

    private static OpenAPI document(String path, PathItem.HttpMethod method, Operation operation) {
        PathItem item = OASFactory.createPathItem();
        item.setOperation(method, operation);
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path, item));
    }

    private static void filter(OpenAPI document) {
        new ApiDocumentFilter().filterOpenAPI(document);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> exampleOf(APIResponse response, String name) {
        return (Map<String, Object>) response.getContent().getMediaType(Problem.MEDIA_TYPE).getExamples().get(name).getValue();
    }
}
