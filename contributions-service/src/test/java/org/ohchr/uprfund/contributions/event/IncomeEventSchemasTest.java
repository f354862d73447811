package org.ohchr.uprfund.contributions.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.domain.Balance;
import org.ohchr.uprfund.contributions.domain.IncomeEntry;
import org.ohchr.uprfund.contributions.domain.IncomeKind;
import org.ohchr.uprfund.testing.EventSchemas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The schemas of IncomeRecorded, IncomeReversed and BalanceCarriedForward accept what the service writes, and only that. */
class IncomeEventSchemasTest {

    private static final String INCOME_RECORDED = "META-INF/resources/events/IncomeRecorded.json";
    private static final String INCOME_REVERSED = "META-INF/resources/events/IncomeReversed.json";
    private static final String BALANCE_CARRIED_FORWARD = "META-INF/resources/events/BalanceCarriedForward.json";

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void incomeRecordedAsWrittenConforms() {
        assertThat(EventSchemas.violations(INCOME_RECORDED, recorded(IncomeKind.INVESTMENT, "20763.34"))).isEmpty();
        assertThat(EventSchemas.violations(INCOME_RECORDED, recorded(IncomeKind.EXCHANGE_GAIN_LOSS, "-1250.40"))).isEmpty();
        IncomeEntry reconciling = entry(IncomeKind.MISCELLANEOUS, "47790.13");
        reconciling.reconciliationLine = "CONTRIBUTIONS_RECEIVED";
        reconciling.reconciliationNote = "Table 1 (2020): 346,597.13 against 298,807.00";
        assertThat(EventSchemas.violations(INCOME_RECORDED, json.valueToTree(IncomeRecorded.of(reconciling)))).isEmpty();
    }

    @Test
    void incomeRecordedRefusesWhatTheServiceRefuses() {
        assertThat(EventSchemas.violations(INCOME_RECORDED, recorded(IncomeKind.INVESTMENT, "-10.00"))).isNotEmpty();
        assertThat(EventSchemas.violations(INCOME_RECORDED, recorded(IncomeKind.EXCHANGE_GAIN_LOSS, "0.00"))).isNotEmpty();
        assertThat(EventSchemas.violations(INCOME_RECORDED, recorded(IncomeKind.MISCELLANEOUS, "10.5"))).isNotEmpty();
        ObjectNode withDonor = recorded(IncomeKind.MISCELLANEOUS, "10.00");
        withDonor.put("donorId", UUID.randomUUID().toString());
        assertThat(EventSchemas.violations(INCOME_RECORDED, withDonor)).isNotEmpty();
        ObjectNode flag = recorded(IncomeKind.MISCELLANEOUS, "10.00");
        flag.put("reconciliation", true);
        assertThat(EventSchemas.violations(INCOME_RECORDED, flag)).isNotEmpty();
    }

    @Test
    void incomeReversedAsWrittenConforms() {
        IncomeEntry reversal = entry(IncomeKind.INVESTMENT, "-20763.34");
        reversal.reversedIncomeId = UUID.randomUUID();
        assertThat(EventSchemas.violations(INCOME_REVERSED, json.valueToTree(IncomeReversed.of(reversal)))).isEmpty();
        ObjectNode zero = json.valueToTree(IncomeReversed.of(reversal));
        zero.put("amountUsd", "-0.00");
        assertThat(EventSchemas.violations(INCOME_REVERSED, zero)).isNotEmpty();
    }

    @Test
    void balanceCarriedForwardAsWrittenConforms() {
        Balance balance = new Balance();
        balance.id = UUID.randomUUID();
        balance.balanceDate = LocalDate.of(2020, 1, 1);
        balance.amountUsd = new BigDecimal("2352992.80");
        balance.source = "Audited financial statements 2019";
        balance.recordedAt = Instant.now();
        ObjectNode data = json.valueToTree(BalanceCarriedForward.of(balance));
        assertThat(data.path("amountUsd").asText()).isEqualTo("2352992.80");
        assertThat(EventSchemas.violations(BALANCE_CARRIED_FORWARD, data)).isEmpty();
        data.put("amountUsd", 2352992.8);
        assertThat(EventSchemas.violations(BALANCE_CARRIED_FORWARD, data)).isNotEmpty();
    }

    private ObjectNode recorded(IncomeKind kind, String amountUsd) {
        return json.valueToTree(IncomeRecorded.of(entry(kind, amountUsd)));
    }

    private static IncomeEntry entry(IncomeKind kind, String amountUsd) {
        IncomeEntry entry = new IncomeEntry();
        entry.id = UUID.randomUUID();
        entry.kind = kind;
        entry.accountingDate = LocalDate.of(2020, 12, 31);
        entry.amountUsd = new BigDecimal(amountUsd);
        entry.description = "Test entry";
        entry.recordedAt = Instant.now();
        return entry;
    }
}
