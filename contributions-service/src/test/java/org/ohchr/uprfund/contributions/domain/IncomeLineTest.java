package org.ohchr.uprfund.contributions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The income lines an income entry may be reconciled on: those the income event schemas declare, and no other. */
class IncomeLineTest {

    @Test
    void theIncomeEventSchemasDeclareTheCatalogueOfLines() throws IOException {
        List<String> codes = Arrays.stream(IncomeLine.values()).map(Enum::name).toList();
        for (String type : List.of("IncomeRecorded", "IncomeReversed")) {
            try (InputStream schema = getClass().getClassLoader().getResourceAsStream("META-INF/resources/events/" + type + ".json")) {
                JsonNode root = new ObjectMapper().readTree(schema);
                JsonNode reconciliation = root.path("$defs").has("reconciliation") ? root.path("$defs").path("reconciliation")
                        : root.path("properties").path("reconciliation");
                List<String> declared = new ArrayList<>();
                reconciliation.path("properties").path("line").path("enum").forEach(code -> {
                    if (!code.isNull()) {
                        declared.add(code.asText());
                    }
                });
                assertThat(declared).as(type).isEqualTo(codes);
            }
        }
    }

    @Test
    void aLineOfAnotherSectionOrFreeTextIsRefusedNamingTheField() {
        assertThat(IncomeLine.parse("reconciliation.line", " CONTRIBUTIONS_RECEIVED ")).isEqualTo(IncomeLine.CONTRIBUTIONS_RECEIVED);
        for (String code : Arrays.asList("STAFF", "TOTAL_INCOME", "CLOSING_BALANCE", "Voluntary contributions received in 2020", "", null)) {
            assertThatThrownBy(() -> IncomeLine.parse("reconciliation.line", code)).isInstanceOf(InvalidFieldException.class)
                    .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("reconciliation.line");
        }
    }
}
