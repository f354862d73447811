package org.ohchr.uprfund.gateway.service.report;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Statement;
import org.ohchr.uprfund.gateway.domain.StatementBook;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The statement of every year, kept in memory: {@code GET /api/fund/statements} and a year's statement answer from it
 * without a query. {@link FundStatusSnapshot} brings it up to date in each of its turns, before it serves the new
 * status: a status, and the {@code fund-changed} event that announces it, never shows a change the statements do not.
 * A turn counts the rows each year holds and computes again the statements of the years a changed count touches
 * ({@link org.ohchr.uprfund.gateway.domain.DatedRows}); a turn that takes in every part of the read model (a start, a
 * replay, another instance's notices resumed) computes them all. {@code fund_statements_computed_total} in
 * {@code /q/metrics} counts the statements computed.
 */
@ApplicationScoped
public class StatementsSnapshot {

    private final StatementService statements;
    private final Counter computed;
    private volatile StatementBook book;

    StatementsSnapshot(StatementService statements, MeterRegistry metrics) {
        this.statements = statements;
        this.computed = Counter.builder("fund_statements_computed").description("Statements of a year computed from the read model")
                .register(metrics);
    }

    /**
     * Brings the statements up to date with the read model.
     *
     * @param everything true to compute every year's again, whatever the rows say
     */
    public synchronized void refresh(boolean everything) {
        StatementBook refreshed = statements.refresh(everything ? null : book);
        computed.increment(refreshed.computed());
        book = refreshed;
    }

    /** Every year's statement, oldest first. */
    public List<Statement> all() {
        return ready().all();
    }

    /** @throws ResourceNotFoundException when nothing is dated in the year */
    public Statement of(int year) {
        return ready().of(year).orElseThrow(() -> StatementService.nothingDatedIn(year));
    }

    /** The statements; computed here if none are ready yet (the gateway has just started). */
    private StatementBook ready() {
        StatementBook ready = book;
        if (ready == null) {
            synchronized (this) {
                if (book == null) {
                    refresh(true);
                }
                ready = book;
            }
        }
        return ready;
    }
}
