package org.ohchr.uprfund.contributions.repository;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.platform.problem.UniqueConstraintMessages;

/** What this service's unique constraints protect, for the 409 a write that races with another one gets. */
@ApplicationScoped
public class ContributionsConstraints implements UniqueConstraintMessages {

    private static final Map<String, String> MESSAGES = Map.of(
            "donor_iso3_unique", "A donor with this ISO 3166-1 alpha-3 code is already registered",
            "donor_name_unique", "A donor with this name is already registered",
            "balance_carried_forward_balance_date_key", "A balance carried forward is already recorded at this date",
            "pledge_cancellation_pkey", "This pledge was already cancelled or written off",
            "income_entry_reversed_income_id_key", "This income entry was already reversed",
            "exchange_difference_contribution_id_key", "An exchange difference is already recorded with this contribution",
            "accounting_year_closure_pkey", "This accounting year is already closed");

    @Override
    public Optional<String> describe(String constraint) {
        return Optional.ofNullable(MESSAGES.get(constraint));
    }
}
