package org.ohchr.uprfund.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The rules every service's API document is held to: a document keeping them passes, and each rule catches its breach. */
class ApiDocumentRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A secured, idempotent, versioned write, a public list and a secured, labelled read, documented as the rules want. */
    private static final String KEPT = """
            {"openapi": "3.1.0", "servers": [{"url": "/"}],
             "paths": {"/api/things": {
               "post": {"operationId": "recordThing", "summary": "Record a thing",
                 "security": [{"jwt": ["fund-manager"]}],
                 "parameters": [{"name": "Idempotency-Key", "in": "header"}, {"name": "If-Match", "in": "header"}],
                 "requestBody": {"content": {"application/json": {"example": {"name": "a thing"}}}},
                 "responses": {
                   "201": {"description": "Recorded", "headers": {"Location": {"schema": {"type": "string"}}},
                           "content": {"application/json": {"example": {"id": 1}}}},
                   "400": {"description": "Invalid", "content": {"application/problem+json": {"example": {"status": 400}}}},
                   "401": {"description": "No token", "content": {"application/problem+json": {"example": {"status": 401}}}},
                   "403": {"description": "Not yours", "content": {"application/problem+json": {"example": {"status": 403}}}},
                   "412": {"description": "Changed", "content": {"application/problem+json": {"example": {"status": 412}}}},
                   "413": {"description": "Too large", "content": {"application/problem+json": {"example": {"status": 413}}}},
                   "422": {"description": "Key reused", "content": {"application/problem+json": {"example": {"status": 422}}}},
                   "428": {"description": "No If-Match", "content": {"application/problem+json": {"example": {"status": 428}}}},
                   "503": {"description": "Database away", "headers": {"Retry-After": {"schema": {"type": "integer"}}},
                           "content": {"application/problem+json": {"example": {"status": 503}}}}}},
               "get": {"operationId": "listThings", "summary": "List things", "security": [],
                 "parameters": [{"name": "page", "in": "query"}, {"name": "size", "in": "query"}],
                 "responses": {"200": {"description": "OK", "content": {"application/json": {"examples": {"one": {"value": []}}}}},
                   "400": {"description": "Invalid paging", "content": {"application/problem+json": {"example": {"status": 400}}}}}}},
             "/api/things/{id}": {
               "get": {"operationId": "getThing", "summary": "Get a thing", "security": [{"jwt": ["fund-manager"]}],
                 "parameters": [{"name": "Accept-Language", "in": "header"}],
                 "responses": {"200": {"description": "OK", "headers": {"Content-Language": {"schema": {"type": "string"}}},
                                       "content": {"application/json": {"example": {"id": 1}}}},
                   "401": {"description": "No token", "content": {"application/problem+json": {"example": {"status": 401}}}},
                   "403": {"description": "Not yours", "content": {"application/problem+json": {"example": {"status": 403}}}}}}}}}
            """;

    @Test
    void aDocumentKeepingTheRulesHasNoViolation() {
        assertThat(ApiDocumentRules.violationsOf(KEPT)).isEmpty();
    }

    @Test
    void anOperationAddedWithoutThemBreaksTheRules() throws Exception {
        JsonNode document = JSON.readTree(KEPT);
        ObjectNode added = ((ObjectNode) document.path("paths")).putObject("/api/added");
        added.set("post", JSON.readTree("""
                {"security": [{"jwt": ["fund-manager"]}],
                 "parameters": [{"name": "Idempotency-Key", "in": "header"}, {"name": "If-Match", "in": "header"}],
                 "requestBody": {"content": {"application/json": {}}},
                 "responses": {"201": {"description": "Created", "content": {"application/json": {}}},
                               "400": {"description": "Invalid"},
                               "503": {"description": "Database away", "content": {"application/problem+json": {"example": {}}}}}}"""));
        added.set("get", JSON.readTree("""
                {"parameters": [{"name": "page", "in": "query"}, {"name": "size", "in": "query"}],
                 "responses": {"200": {"description": "OK"}}}"""));
        added.set("delete", JSON.readTree("""
                {"operationId": "removeAdded", "summary": "Remove", "security": [{"jwt": ["fund-manager"]}],
                 "parameters": [{"name": "Accept-Language", "in": "header"}],
                 "responses": {"200": {"description": "Removed", "content": {"application/json": {"example": {}}}}}}"""));

        assertThat(ApiDocumentRules.violationsOf(document)).containsExactlyInAnyOrder(
                "POST /api/added: no operationId",
                "POST /api/added: no summary",
                "POST /api/added: 201 application/json has no example",
                "POST /api/added: 201 declares no Location header",
                "POST /api/added: 400 is not application/problem+json alone",
                "POST /api/added: 503 declares no Retry-After header",
                "POST /api/added: no 401 response, though it is secured",
                "POST /api/added: no 403 response, though it is secured",
                "POST /api/added: no 413 response, though it takes a body",
                "POST /api/added: no 422 response, though it takes an Idempotency-Key",
                "POST /api/added: no 412 response, though it takes If-Match",
                "POST /api/added: no 428 response, though it takes If-Match",
                "GET /api/added: no operationId",
                "GET /api/added: no summary",
                "GET /api/added: no 2xx response with content",
                "GET /api/added: no 400 response, though it takes page and size",
                "GET /api/added: neither secured nor marked public (security: [])",
                "DELETE /api/added: no 401 response, though it is secured",
                "DELETE /api/added: no 403 response, though it is secured",
                "DELETE /api/added: no 503 response, though it is a write",
                "DELETE /api/added: 200 declares no Content-Language header, though the operation takes Accept-Language");
    }

    @Test
    void aDocumentWithoutServersOrWithAnAbsoluteOneBreaksTheRules() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(KEPT);
        document.remove("servers");
        assertThat(ApiDocumentRules.violationsOf(document)).containsExactly("the document declares no servers");

        document.set("servers", JSON.readTree("[{\"url\": \"http://localhost:8081\"}]"));
        assertThat(ApiDocumentRules.violationsOf(document))
                .containsExactly("server \"http://localhost:8081\" is not relative: \"Try it out\" would leave the gateway");
    }

    @Test
    void aDocumentThatIsNotJsonIsRefusedSayingSo() {
        assertThatThrownBy(() -> ApiDocumentRules.violationsOf("{not json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not JSON");
    }
}
