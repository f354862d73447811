package org.ohchr.uprfund.gateway.mapping;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.gateway.domain.StatementEntry;
import org.ohchr.uprfund.gateway.domain.StatementLine;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StatementEntry", description = "One entry behind a statement line, as it counts on it")
public record StatementEntryResponse(
        @Schema(description = "CONTRIBUTION, EXCHANGE_DIFFERENCE, INCOME, EXPENDITURE or PLEDGE (receivables)") StatementEntry.Source source,
        UUID id,
        @Schema(description = "Its accounting date (for a receivable: the year's end)") LocalDate date,
        @Schema(description = "As it counts on the line, US dollars") BigDecimal amountUsd,
        String description,
        @Schema(description = "The code of the statement line it is reconciled on, when it exists to reconcile with a published"
                + " report and does not sit on the line of its kind", examples = "CONTRIBUTIONS_RECEIVED") StatementLine reconciliationLine,
        @Schema(description = "Why it exists, quoting the report's line and figures, when it exists to reconcile") String reconciliationNote,
        @Schema(description = "The entry at the service that keeps it, through the gateway") URI link) {

    public static StatementEntryResponse of(StatementEntry entry, URI base) {
        return new StatementEntryResponse(entry.source(), entry.id(), entry.date(), entry.amountUsd(), entry.description(),
                entry.reconciledOn(), entry.reconciliationNote(), base.resolve(entry.source().path() + entry.keptUnder()));
    }
}
