package org.ohchr.uprfund.gateway.event;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.ohchr.uprfund.gateway.domain.StatementLine;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The label of an entry that exists to reconcile the fund's books with a published report: the code of the statement
 * line it sits on, from the catalogue its producer's event schema declares for the entry's section ({@code
 * reconciliation.line}), and why. Events written before lines were codes carry a free-text {@code reportLine} instead,
 * kept here as it was written.
 *
 * @param line the line's code; null for an entry that stays on the line of its kind
 * @param legacyReportLine the free text of an event written before lines were codes; null otherwise
 */
public record Reconciliation(String line, @JsonProperty("reportLine") String legacyReportLine, String note) {

    /**
     * The line the entry sits on, of {@code section}: the one its code names, or for an event written before lines were
     * codes, the one its text named in the producers' migration ({@link StatementLine#namedByLegacyText}); empty when it
     * stays on the line of its kind.
     *
     * @throws EventRejectedException when the code names no line of the section: the producer's schema allows only these
     */
    public Optional<StatementLine> lineIn(StatementLine.Section section, LocalDate date) {
        if (line != null) {
            return Optional.of(StatementLine.ofCode(line, section)
                    .orElseThrow(() -> EventRejectedException.schema("reconciliation.line " + line + " is not a line of the statement's "
                            + section.name().toLowerCase(Locale.ROOT) + " section")));
        }
        return legacyReportLine == null ? Optional.empty()
                : StatementLine.namedByLegacyText(legacyReportLine, date.getYear(), section);
    }

    /** The note as kept: for an event written before lines were codes, its text in front of it, as the producers keep it. */
    public String keptNote() {
        return legacyReportLine == null ? note : legacyReportLine + ": " + note;
    }
}
