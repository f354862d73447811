package org.ohchr.uprfund.projects.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Marks an expenditure entry that exists only to reconcile the fund's books with a published report: the statement line
 * it sits on, by code, and why, quoting the figures. Such entries are listed and summed like any other, never hidden.
 */
@Schema(name = "ExpenditureReconciliation",
        description = "Present only on an entry that exists to reconcile the books with a published report; set by a fund manager only")
public record ExpenditureReconciliation(
        @Size(max = 60)
        @Schema(description = "The code of the statement's expenditure line the entry sits on: STAFF, OTHER_PERSONNEL, STAFF_TRAVEL,"
                + " PARTICIPANT_TRAVEL, CONTRACTUAL_SERVICES, GENERAL_OPERATING, EQUIPMENT, GRANTS or PROGRAMME_SUPPORT (required"
                + " when recording; absent only on entries recorded before lines were codes, whose text named no expenditure line)",
                examples = "PARTICIPANT_TRAVEL") String line,
        @NotBlank @Size(max = 1000)
        @Schema(description = "Why the entry exists, quoting the report's line and figures (up to 1,000 characters when recording;"
                + " entries recorded before lines were codes keep their old text in front of it)",
                examples = "Table 1 (2020), (5,647.59): the report gives only the 2020 net reversal of this line") String note,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(deprecated = true, description = "No longer accepted (a 400 naming it): the line is named by its code in line, and the"
                + " free text goes in note. Never present in a response") String reportLine) {
}
