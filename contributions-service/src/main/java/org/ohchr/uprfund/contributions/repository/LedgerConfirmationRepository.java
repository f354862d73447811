package org.ohchr.uprfund.contributions.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.contributions.domain.LedgerConfirmation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The ledgers' confirmations of closings. */
@ApplicationScoped
public class LedgerConfirmationRepository implements PanacheRepositoryBase<LedgerConfirmation, LedgerConfirmation.Key> {

    public Optional<LedgerConfirmation> find(int year, String ledger) {
        return findByIdOptional(new LedgerConfirmation.Key(year, ledger));
    }

    /** The latest year {@code ledger} confirmed: it refuses entries dated through that year, and so through every year before. */
    public Optional<Integer> lastConfirmedYear(String ledger) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(c.year) from LedgerConfirmation c where c.ledger = :ledger", Integer.class)
                .setParameter("ledger", ledger).getSingleResult());
    }

    public List<LedgerConfirmation> listByYear() {
        return listAll(Sort.ascending("year", "ledger"));
    }
}
