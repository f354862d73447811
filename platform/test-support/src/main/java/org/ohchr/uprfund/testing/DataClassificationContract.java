package org.ohchr.uprfund.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.classification.Audience;
import org.ohchr.uprfund.platform.classification.DonorName;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The data classification (docs/DATA-CLASSIFICATION.md), held against a service's OpenAPI document and against the
 * service itself. The document's section for the service (the module's directory name) lists every read (a GET of the
 * API document) with who may call it, every object a read answers with field by field, and the classified fields with
 * the roles that see them. This contract checks that these tables are the API document's, that each classified field's
 * description names its roles, and, field by field, that the field is read by each role that should see it and by no
 * one else: not without a token, not with a token of no role, not with another role. A service's {@code @QuarkusTest}
 * extends it and says where to read each classified field ({@link #sampleOf}).
 */
public abstract class DataClassificationContract {

    static final Path DOCUMENT = Path.of("../docs/DATA-CLASSIFICATION.md");
    static final String ANYONE = "anyone";
    static final String ABSENT = "absent";
    static final String READS_HEADER = "| read | who may call | answers with |";
    static final String SCHEMAS_HEADER = "| schema | fields | classified fields |";
    static final String CLASSIFIED_HEADER = "| schema | field | visible to roles | anyone else reads |";
    private static final String SCHEMA_REF = "#/components/schemas/";

    /**
     * Where a classified field can be read: a GET answering JSON that holds an object with the field set.
     *
     * @param path the GET to send, with its query
     * @param objectPath where the object holding the field is in the answer (RestAssured's GPath; empty for the whole answer)
     * @param value what the field holds for a caller who sees it
     */
    public record Sample(String path, String objectPath, String value) {
    }

    /** A classified field of the document: its schema, name, the roles that see it and what anyone else reads. */
    public record ClassifiedField(String schema, String field, List<String> roles, String otherwise) {

        public String key() {
            return schema + "." + field;
        }
    }

    /** The service's data put in place so that a GET answers the field: where to read it and what it holds. */
    protected abstract Sample sampleOf(ClassifiedField field);

    /** The callers every field is read as: none, a token of no role, and a token of each role of the suite. */
    static Map<String, RequestCaller> callers() {
        Map<String, RequestCaller> callers = new LinkedHashMap<>();
        callers.put("anonymous", new RequestCaller(Set.of(), null));
        callers.put("a caller of no role", new RequestCaller(Set.of("reader"), TestTokens.withoutRoles()));
        callers.put("fund-manager", new RequestCaller(Set.of("fund-manager"), TestTokens.fundManager()));
        callers.put("field-office", new RequestCaller(Set.of("field-office"), TestTokens.fieldOffice("KEN", "NGA", "KHM")));
        callers.put("recommendations-editor", new RequestCaller(Set.of("recommendations-editor"), TestTokens.recommendationsEditor()));
        return callers;
    }

    record RequestCaller(Set<String> roles, String token) {

        RequestSpecification request() {
            return token == null ? given() : given().auth().oauth2(token);
        }
    }

    @Test
    void everyReadIsInTheDocumentWithWhoMayCallIt() {
        Map<String, String> documented = new TreeMap<>();
        Map<String, Set<String>> answers = new TreeMap<>();
        JsonPath document = apiDocument();
        Map<String, Object> api = schemasOf(document);
        gets(document).forEach((path, operation) -> {
            documented.put("GET " + path, callersOf(operation));
            answers.put("GET " + path, answeredSchemas(api, operation));
        });
        Map<String, String> reads = new TreeMap<>();
        Map<String, Set<String>> readAnswers = new TreeMap<>();
        rows(READS_HEADER).forEach(row -> {
            reads.put(row.get(0), row.get(1));
            readAnswers.put(row.get(0), names(row.get(2)));
        });
        assertThat(documented).isNotEmpty();
        assertThat(reads).as("the reads of " + DOCUMENT + " against the API document").isEqualTo(documented);
        assertThat(readAnswers).as("what each read of " + DOCUMENT + " answers with").isEqualTo(answers);
    }

    @Test
    void everyObjectAReadAnswersWithIsInTheDocumentFieldByField() {
        JsonPath document = apiDocument();
        Map<String, Object> api = schemasOf(document);
        Set<String> reachable = new TreeSet<>();
        gets(document).values().forEach(operation -> successContents(operation).forEach(schema -> reach(api, schema, reachable)));
        Map<String, Set<String>> documented = new TreeMap<>();
        Map<String, Set<String>> documentedClassified = new TreeMap<>();
        rows(SCHEMAS_HEADER).forEach(row -> {
            Set<String> fields = names(row.get(1));
            Set<String> classified = names(row.get(2));
            assertThat(fields.stream().filter(classified::contains)).as(row.get(0) + ": a field is either classified or not").isEmpty();
            fields.addAll(classified);
            documented.put(row.get(0), fields);
            documentedClassified.put(row.get(0), classified);
        });
        Map<String, Set<String>> properties = new TreeMap<>();
        reachable.forEach(schema -> properties.put(schema, new TreeSet<>(propertiesOf(api, schema).keySet())));
        assertThat(documented).as("the objects of " + DOCUMENT + ", field by field, against the API document").isEqualTo(properties);
        Map<String, Set<String>> classifiedBySchema = new TreeMap<>();
        documentedClassified.keySet().forEach(schema -> classifiedBySchema.put(schema, new TreeSet<>()));
        classifiedFields().forEach(field -> classifiedBySchema.computeIfAbsent(field.schema(), s -> new TreeSet<>()).add(field.field()));
        assertThat(documentedClassified).as("the classified fields of the objects table against the classified fields table")
                .isEqualTo(classifiedBySchema);
    }

    @Test
    void theApiDocumentSaysWhichRolesSeeEachClassifiedField() {
        Map<String, Object> api = schemasOf(apiDocument());
        Map<String, String> saying = new TreeMap<>();
        api.keySet().forEach(schema -> propertiesOf(api, schema).forEach((field, property) -> {
            Object description = property instanceof Map<?, ?> map ? map.get("description") : null;
            if (description != null && description.toString().contains("isible to roles")) {
                saying.put(schema + "." + field, description.toString());
            }
        }));
        Map<String, String> expected = new TreeMap<>();
        classifiedFields().forEach(field -> expected.put(field.key(), noteOf(field)));
        assertThat(saying.keySet()).as("fields the API document classifies, against " + DOCUMENT).isEqualTo(expected.keySet());
        expected.forEach((field, note) -> assertThat(saying.get(field)).as(field + "'s description").contains(note));
    }

    @Test
    void eachClassifiedFieldIsReadByItsRolesAndByNoOneElse() {
        List<ClassifiedField> fields = classifiedFields();
        assertThat(fields).as("classified fields of " + DOCUMENT).isNotEmpty();
        for (ClassifiedField field : fields) {
            Sample sample = sampleOf(field);
            callers().forEach((caller, request) -> {
                JsonPath answer = request.request().when().get(sample.path()).then().statusCode(200).extract().jsonPath();
                Map<String, Object> object = answer.getMap(sample.objectPath().isEmpty() ? "$" : sample.objectPath());
                String as = field.key() + " read by " + caller + " at " + sample.path();
                assertThat(object).as(as + ": the object read").isNotNull();
                boolean sees = request.roles().stream().anyMatch(field.roles()::contains);
                if (sees) {
                    assertThat(object).as(as).containsEntry(field.field(), sample.value());
                } else if (field.otherwise().equals(ABSENT)) {
                    assertThat(object).as(as).doesNotContainKey(field.field());
                } else {
                    assertThat(object).as(as).containsEntry(field.field(), unquoted(field.otherwise()));
                }
            });
        }
    }

    /** The classified fields of the service's section, in the document's order. */
    protected static List<ClassifiedField> classifiedFields() {
        return rows(CLASSIFIED_HEADER).stream().map(row -> new ClassifiedField(row.get(0), row.get(1),
                List.copyOf(names(row.get(2))), row.get(3))).toList();
    }

    /** What the API document must say of a classified field: its audience's sentence. */
    static String noteOf(ClassifiedField field) {
        if (!field.otherwise().equals(ABSENT)) {
            assertThat(unquoted(field.otherwise())).as(field.key() + ": what anyone else reads").isEqualTo(DonorName.PRIVATE_DONOR);
            return "A private individual's name is visible to roles: " + String.join(", ", field.roles());
        }
        Audience audience = Arrays.stream(Audience.values()).filter(a -> Set.copyOf(a.roles()).equals(Set.copyOf(field.roles())))
                .findFirst().orElseThrow(() -> new AssertionError(field.key() + ": no audience has the roles " + field.roles()));
        return audience.note();
    }

    private static String unquoted(String text) {
        return text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }

    private static JsonPath apiDocument() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    /** The document's named schemas. */
    private static Map<String, Object> schemasOf(JsonPath document) {
        return document.getMap("components.schemas");
    }

    /** The GET operations of the API document by path, the platform's own ({@code /q/...}) left out. */
    private static Map<String, Map<String, Object>> gets(JsonPath api) {
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        Map<String, Map<String, Object>> gets = new TreeMap<>();
        paths.forEach((path, methods) -> {
            if (!path.startsWith("/q/") && methods.containsKey("get")) {
                gets.put(path, methods.get("get"));
            }
        });
        return gets;
    }

    /** "anyone", or the roles its security requirement names. */
    @SuppressWarnings("unchecked")
    private static String callersOf(Map<String, Object> operation) {
        List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
        return security == null || security.isEmpty() ? ANYONE : String.join(", ", security.get(0).values().iterator().next());
    }

    /** The schemas of an operation's 2xx JSON answers. */
    @SuppressWarnings("unchecked")
    private static List<Object> successContents(Map<String, Object> operation) {
        List<Object> schemas = new ArrayList<>();
        ((Map<String, Object>) operation.getOrDefault("responses", Map.of())).forEach((status, response) -> {
            if (status.startsWith("2") && response instanceof Map<?, ?> answer && answer.get("content") instanceof Map<?, ?> content) {
                content.forEach((mediaType, body) -> {
                    if (mediaType.toString().contains("json") && body instanceof Map<?, ?> media && media.get("schema") != null) {
                        schemas.add(media.get("schema"));
                    }
                });
            }
        });
        return schemas;
    }

    /** The named objects an operation answers with, first met on each branch of its answers' schemas. */
    private static Set<String> answeredSchemas(Map<String, Object> api, Map<String, Object> operation) {
        Set<String> named = new TreeSet<>();
        successContents(operation).forEach(schema -> walk(api, schema, named, false));
        return named;
    }

    /** Every named object a schema reaches. */
    private static void reach(Map<String, Object> api, Object schema, Set<String> reached) {
        walk(api, schema, reached, true);
    }

    private static void walk(Map<String, Object> api, Object schema, Set<String> named, boolean throughNamed) {
        if (!(schema instanceof Map<?, ?> node)) {
            if (schema instanceof List<?> list) {
                list.forEach(item -> walk(api, item, named, throughNamed));
            }
            return;
        }
        if (node.get("$ref") instanceof String ref && ref.startsWith(SCHEMA_REF)) {
            String name = ref.substring(SCHEMA_REF.length());
            if (!propertiesOf(api, name).isEmpty() && named.add(name) && throughNamed) {
                walk(api, api.get(name), named, true);
            }
            return;
        }
        for (String key : List.of("properties", "items", "allOf", "oneOf", "anyOf", "additionalProperties")) {
            Object child = node.get(key);
            if (key.equals("properties") && child instanceof Map<?, ?> properties) {
                properties.values().forEach(property -> walk(api, property, named, throughNamed));
            } else if (child != null) {
                walk(api, child, named, throughNamed);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> propertiesOf(Map<String, Object> api, String schema) {
        return api.get(schema) instanceof Map<?, ?> node && node.get("properties") instanceof Map<?, ?> properties
                ? (Map<String, Object>) properties : Map.of();
    }

    private static Set<String> names(String cell) {
        String text = cell.replace("`", "").strip();
        if (text.isEmpty() || text.equals("-")) {
            return new TreeSet<>();
        }
        return Arrays.stream(text.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The rows of the service's table with this header, cells stripped of their {@code `} marks. */
    static List<List<String>> rows(String header) {
        String service = Path.of("").toAbsolutePath().getFileName().toString();
        List<List<String>> rows = new ArrayList<>();
        try {
            boolean inSection = false;
            boolean inTable = false;
            for (String line : Files.readAllLines(DOCUMENT)) {
                if (line.startsWith("## ")) {
                    inSection = line.equals("## " + service);
                    inTable = false;
                } else if (inSection && line.equals(header)) {
                    inTable = true;
                } else if (inTable && line.startsWith("| ---")) {
                    continue;
                } else if (inTable && line.startsWith("| ")) {
                    List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                            .map(cell -> cell.replace("`", "").strip()).toList();
                    rows.add(cells);
                } else {
                    inTable = false;
                }
            }
        } catch (IOException e) {
            throw new AssertionError(DOCUMENT + " must be readable from the module directory", e);
        }
        assertThat(rows).as("rows of the table '" + header + "' in the section ## " + service + " of " + DOCUMENT).isNotEmpty();
        return rows;
    }
}
