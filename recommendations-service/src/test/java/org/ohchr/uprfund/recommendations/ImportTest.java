package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.HEADER;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.csvRow;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.eventOf;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.freshDocument;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.importCsv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TableRowCounts;
import org.ohchr.uprfund.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;

/**
 * The CSV import: rows created, updated (with the changed fields) or unchanged on their natural key, bad rows refused
 * with their row number and the good ones imported; a file that cannot be read as a whole imports nothing.
 */
@QuarkusTest
class ImportTest {

    @Inject
    TableRowCounts counts;

    @Test
    void aFileCreatesItsRecommendationsRefusesItsBadRowAndPublishes() {
        String document = freshDocument();
        String csv = HEADER + "\r\n" + csvRow(document, "1", "Ratify the Optional Protocol to the Convention against Torture")
                + csvRow(document, "2", "Adopt a law criminalising domestic violence")
                + csvRow("KHM", "FRA", "UPR", "3", document, "3", "en", "Ensure access to justice", "SUPPORTED", "", "18.1")
                + csvRow(document, "4", "Establish a national human rights institution");
        JsonPath report = importCsv(csv).statusCode(201).header("Location", containsString("/api/recommendations/import/reports/"))
                .body("rows", equalTo(4)).body("created", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("refused", equalTo(1))
                .body("refusedRows.row", contains(4))
                .body("refusedRows[0].problem.violations.field", contains("sdg_targets"))
                .body("refusedRows[0].problem.violations[0].message", containsString("'18.1' is not an SDG target"))
                .body("importedBy", equalTo("editor@test"))
                .extract().jsonPath();

        List<Map<String, Object>> rows = given().queryParam("size", 10).when().get(report.getString("rowsUrl").replaceAll("^https?://[^/]+", ""))
                .then().statusCode(200).body("total", equalTo(4)).extract().path("items");
        assertThat(rows).extracting(row -> row.get("row") + " " + row.get("outcome"))
                .containsExactly("2 CREATED", "3 CREATED", "4 REFUSED", "5 CREATED");
        String created = (String) rows.get(0).get("recommendationId");
        JsonNode event = eventOf("RecommendationRecorded", created, data -> true);
        assertThat(event.path("text").asText()).isEqualTo("Ratify the Optional Protocol to the Convention against Torture");
        assertThat(event.path("recordedBy").asText()).isEqualTo("editor@test");

        given().queryParam("documentSymbol", document).when().get("/api/recommendations").then().statusCode(200).body("total", equalTo(3));
        given().queryParam("outcome", "REFUSED").when().get(report.getString("rowsUrl").replaceAll("^https?://[^/]+", ""))
                .then().statusCode(200).body("items.row", contains(4));
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() {
        String document = freshDocument();
        String csv = HEADER + "\n" + csvRow(document, "1", "Guarantee the independence of the judiciary")
                + csvRow(document, "2", "Ensure free and compulsory primary education for all children");
        importCsv(csv).statusCode(201).body("created", equalTo(2));
        onlyTheImportIsRecordedBy(() -> importCsv(csv).statusCode(201)
                .body("rows", equalTo(2)).body("unchanged", equalTo(2)).body("created", equalTo(0)).body("updated", equalTo(0)));
    }

    @Test
    void anEditedRowUpdatesItsRecommendationAndRecordsWhatChanged() {
        String document = freshDocument();
        importCsv(HEADER + "\n" + csvRow(document, "1", "Guarantee the independence of the judiciary")).statusCode(201);
        String edited = HEADER + "\n" + csvRow("KHM", "FRA;URY", "UPR", "3", document, "1", "en",
                "Guarantee the independence of the judiciary and the right to a fair trial", "NOTED", "LAND_AND_HOUSING", "1.4");
        JsonPath report = importCsv(edited).statusCode(201).body("updated", equalTo(1))
                .body("updatedRows[0].row", equalTo(2))
                .body("updatedRows[0].changedFields", contains("text", "response")).extract().jsonPath();
        String id = report.getString("updatedRows[0].recommendationId");
        // Who revised it is for the staff (docs/DATA-CLASSIFICATION.md): read as an editor.
        given().auth().oauth2(TestTokens.recommendationsEditor()).when().get("/api/recommendations/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("text", equalTo("Guarantee the independence of the judiciary and the right to a fair trial"))
                .body("response", equalTo("NOTED")).body("revisedBy", equalTo("editor@test"));
        JsonNode revised = eventOf("RecommendationRevised", id, data -> true);
        assertThat(revised.path("changedFields").toString()).isEqualTo("[\"text\",\"response\"]");
        JsonNode response = eventOf("ResponseRecorded", id, data -> true);
        assertThat(response.path("previousResponse").asText()).isEqualTo("SUPPORTED");
    }

    @Test
    void tenBadRowsInTenThousandImportTheOtherNineThousandNineHundredAndNinety() {
        String document = freshDocument();
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        Map<Integer, String> bad = Map.of(
                101, csvRow("ATL", "FRA", "UPR", "3", document, "101", "en", "Text", "SUPPORTED", "", ""),
                1002, csvRow("KHM", "FRA", "UPR", "7", document, "1002", "en", "Text", "SUPPORTED", "", ""),
                2003, csvRow("KHM", "FRA", "UPR", "3", document, "2003", "en", "Text", "SUPPORTED", "", "5.9"),
                3004, csvRow("KHM", "FRA", "UPR", "3", document, "3004", "en", "Text", "SUPPORTED", "HAPPINESS", ""),
                4005, "KHM,FRA,UPR,3,,only,seven,cells\r\n",
                5006, csvRow("KHM", "FRA", "UPR", "3", document, "5006", "de", "Text", "SUPPORTED", "", ""),
                6007, csvRow("KHM", "FRA", "UPR", "3", document, "6007", "en", " ", "SUPPORTED", "", ""),
                7008, csvRow("KHM", "FRA", "UPR", "3", document, "7008", "en", "Text", "ACCEPTED", "", ""),
                8009, csvRow("KHM", "XYZ", "UPR", "3", document, "8009", "en", "Text", "SUPPORTED", "", ""),
                9010, csvRow(document, "5", "Repeats the key of row 5"));
        for (int row = 2; row <= 10_001; row++) {
            csv.append(bad.containsKey(row) ? bad.get(row) : csvRow(document, Integer.toString(row), "Recommendation number " + row));
        }
        JsonPath report = importCsv(csv.toString()).statusCode(201)
                .body("rows", equalTo(10_000)).body("created", equalTo(9_990)).body("refused", equalTo(10))
                .body("refusedRows.row", contains(101, 1002, 2003, 3004, 4005, 5006, 6007, 7008, 8009, 9010))
                .extract().jsonPath();
        assertThat(report.getString("refusedRows.find { it.row == 9010 }.problem.violations[0].message"))
                .contains("of row 5");
        assertThat(report.getList("refusedRows.collect { it.problem.violations[0].field }")).containsExactly("state_under_review", "cycle",
                "sdg_targets", "themes", "row", "language", "text", "response", "recommending_states", "row");
        given().queryParam("documentSymbol", document).queryParam("size", 1).when().get("/api/recommendations")
                .then().statusCode(200).body("total", equalTo(9_990));
    }

    @Test
    void aWrongHeaderImportsNothing() {
        String row = csvRow(freshDocument(), "1", "Text");
        refusedFile(HEADER.replace("state_under_review", "state") + "\n" + row, "header", "'state', is not a column");
        refusedFile(HEADER.replace(",sdg_targets", "") + "\n" + row, "header", "column 'sdg_targets' is missing");
        refusedFile(HEADER + ",text\n" + row, "header", "column 'text' is given twice");
        refusedFile("", "header", "the file is empty");
    }

    @Test
    void theHeaderMayNameTheColumnsInAnyOrder() {
        String document = freshDocument();
        String csv = "text,paragraph,document_symbol,language,sdg_targets,sdg_goals,affected_persons,themes,action_category,response,session,"
                + "cycle,mechanism,recommending_states,state_under_review,implementation_status\n"
                + "Ratify the Convention on the Rights of Persons with Disabilities,9,"
                + document + ",en,,,,,5,SUPPORTED,,2,UPR,FRA,SRB,IN_PROGRESS\n";
        importCsv(csv).statusCode(201).body("created", equalTo(1));
        given().queryParam("documentSymbol", document).when().get("/api/recommendations").then().statusCode(200)
                .body("items[0].stateUnderReview", equalTo("SRB")).body("items[0].implementationStatus", equalTo("IN_PROGRESS"));
    }

    @Test
    void bytesThatAreNotUtf8ImportNothing() {
        String csv = HEADER + "\n" + csvRow(freshDocument(), "1", "Garantir l'accès à l'éducation");
        refusedFile(csv.getBytes(StandardCharsets.ISO_8859_1), "file", "row 2: is not valid UTF-8");
    }

    @Test
    void aUtf16FileIsRefusedAndAUtf8ByteOrderMarkIsSkipped() {
        String csv = HEADER + "\n" + csvRow(freshDocument(), "1", "Ratify the Convention");
        byte[] utf16 = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE);
        refusedFile(utf16, "file", "UTF-16");

        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        importCsv(withBom).statusCode(201).body("created", equalTo(1));
    }

    @Test
    void aQuotedCellMayHoldLineBreaksAndRowsAreCountedAsRecords() {
        String document = freshDocument();
        String csv = HEADER + "\n" + csvRow(document, "1", "Adopt a national action plan:\nfirst, on education;\r\nthen, on health")
                + csvRow("KHM", "FRA", "UPR", "9", document, "2", "en", "Text", "SUPPORTED", "", "");
        importCsv(csv).statusCode(201).body("created", equalTo(1)).body("refusedRows.row", contains(3));
        given().queryParam("documentSymbol", document).when().get("/api/recommendations").then().statusCode(200)
                .body("items[0].text", equalTo("Adopt a national action plan:\nfirst, on education;\r\nthen, on health"));
    }

    @Test
    void aQuotedCellNeverClosedImportsNothing() {
        String document = freshDocument();
        refusedFile(HEADER + "\n" + csvRow(document, "1", "Fine") + "KHM,FRA,UPR,3,,\"" + document + ",2,en,text never closed\n",
                "document_symbol", "row 3: a quoted cell is not closed");
    }

    @Test
    void aCellOfAHundredThousandCharactersImportsNothingAndNamesItsRowAndColumn() {
        String document = freshDocument();
        String csv = HEADER + "\n" + csvRow(document, "1", "Fine") + csvRow(document, "2", "x".repeat(100_000));
        refusedFile(csv, "text", "row 3: the cell is longer than 20000 characters");
    }

    @Test
    void formulaCellsAreStoredAsTheyAreAndExportedEscaped() {
        String document = freshDocument();
        List<String> formulas = List.of("=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3 is not a recommendation", "@SUM(A1)", "'=already escaped");
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < formulas.size(); i++) {
            csv.append(csvRow(document, Integer.toString(i + 1), formulas.get(i)));
        }
        importCsv(csv.toString()).statusCode(201).body("created", equalTo(5));
        List<String> texts = given().queryParam("documentSymbol", document).when().get("/api/recommendations").then().statusCode(200)
                .extract().path("items.text");
        assertThat(texts).containsExactly("=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3 is not a recommendation", "@SUM(A1)", "=already escaped");

        String exported = given().queryParam("documentSymbol", document).when().get("/api/recommendations/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(exported).contains(",'=cmd|' /C calc'!A0,", ",\"'+SUM(1,2)\",", ",'-2+3 is not a recommendation,", ",'@SUM(A1),",
                ",'=already escaped,");
        assertThat(exported.lines().skip(1)).noneMatch(line -> line.matches("(^|.*,)[=+\\-@].*") && !line.contains(",'"));

        // The export imported again changes nothing: the escapes are read back.
        onlyTheImportIsRecordedBy(() -> importCsv(exported).statusCode(201).body("unchanged", equalTo(5)));
    }

    @Test
    void aKeyRepeatedInAFileIsRefusedAtItsSecondRow() {
        String document = freshDocument();
        String csv = HEADER + "\n" + csvRow(document, "4.2", "First") + csvRow(document, "7", "Other") + csvRow(document, "4.02", "Again");
        importCsv(csv).statusCode(201).body("created", equalTo(2)).body("refusedRows.row", contains(4))
                .body("refusedRows[0].problem.violations[0].message", containsString("of row 2"));
    }

    @Test
    void theStatusOfAFileAppliesWhenARecommendationIsCreatedOnly() {
        String document = freshDocument();
        String header = HEADER + ",implementation_status";
        String row = csvRow(document, "1", "Ratify the Convention").replace("\r\n", ",IN_PROGRESS\r\n");
        importCsv(header + "\n" + row).statusCode(201).body("created", equalTo(1));
        given().queryParam("documentSymbol", document).when().get("/api/recommendations").then()
                .body("items[0].implementationStatus", equalTo("IN_PROGRESS"));
        onlyTheImportIsRecordedBy(() -> importCsv(header + "\n" + row.replace("IN_PROGRESS", "IMPLEMENTED")).statusCode(201)
                .body("unchanged", equalTo(1)));
    }

    @Test
    void anImportIsCsvInUtf8() {
        String csv = HEADER + "\n" + csvRow(freshDocument(), "1", "Text");
        for (String type : new String[] { "application/json", "text/csv; charset=iso-8859-1", "text/plain" }) {
            counts.assertNothingWrittenBy(() -> given().auth().oauth2(TestTokens.recommendationsEditor()).contentType(type)
                    .body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/api/recommendations/import")
                    .then().statusCode(415).contentType("application/problem+json")
                    .body("detail", containsString("text/csv; charset=utf-8")));
        }
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(TestTokens.recommendationsEditor()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/recommendations/import").then().statusCode(201);
    }

    @Test
    void aRowWithMoreOrFewerCellsThanTheHeaderIsRefusedAndTheOthersImported() {
        String document = freshDocument();
        String csv = HEADER + "\n" + csvRow(document, "1", "Fine") + csvRow(document, "2", "Fine").replace("\r\n", ",extra\r\n");
        importCsv(csv).statusCode(201).body("created", equalTo(1)).body("refusedRows[0].problem.violations[0].message",
                equalTo("has 16 cells where the header has 15"));
    }

    @Test
    void unknownImportsAreNotFound() {
        given().when().get("/api/recommendations/import/reports/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/recommendations/import/reports/" + UUID.randomUUID() + "/rows").then().statusCode(404);
        given().queryParam("outcome", "MAYBE").when().get("/api/recommendations/import/reports/" + UUID.randomUUID() + "/rows")
                .then().statusCode(400).body("violations.field", hasItem("outcome"));
        given().when().get("/api/recommendations/import/reports").then().statusCode(200).body("items", hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(0)));
    }

    private void refusedFile(String csv, String field, String message) {
        refusedFile(csv.getBytes(StandardCharsets.UTF_8), field, message);
    }

    private void refusedFile(byte[] csv, String field, String message) {
        counts.assertNothingWrittenBy(() -> importCsv(csv).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field))
                .body("violations.message", hasItem(containsString(message))));
    }

    /**
     * Runs an import (with its own assertions) and asserts that it changed no recommendation and published nothing: the
     * import's own record (and its rows' details) is all it may write.
     */
    private void onlyTheImportIsRecordedBy(Runnable request) {
        Map<String, Long> written = counts.writtenBy(request);
        written.remove("import_row_detail");
        assertThat(written).isEqualTo(Map.of("recommendation_import", 1L));
    }
}
