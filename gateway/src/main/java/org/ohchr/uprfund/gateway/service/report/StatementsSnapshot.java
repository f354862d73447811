package org.ohchr.uprfund.gateway.service.report;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Statement;
import org.ohchr.uprfund.gateway.domain.StatementBook;
import org.ohchr.uprfund.gateway.domain.StatusPart;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The statement of every year, kept in memory: {@code GET /api/fund/statements} and a year's statement answer from it
 * without a query. {@link FundStatusSnapshot} brings it up to date in each of its turns that takes in money, pledges or
 * a year's closing ({@link #touchedBy}), before it serves the new status: a status, and the {@code fund-changed} event
 * that announces it, never shows a change the statements do not. A turn counts the rows each year holds and computes
 * again the statements of the years a changed count touches ({@link org.ohchr.uprfund.gateway.domain.DatedRows}), in one
 * snapshot of the database; the first computes them all. {@code fund_statements_computed_total} in {@code /q/metrics}
 * counts the statements computed.
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
     * Whether records that changed these parts of fund status may have changed a statement: money and pledges are read
     * from the tables a statement is computed from; no part at all is what a year's closing changes (its books).
     */
    public static boolean touchedBy(Set<StatusPart> parts) {
        return parts.isEmpty() || parts.contains(StatusPart.MONEY) || parts.contains(StatusPart.PLEDGES);
    }

    /** Brings the statements up to date with the read model. */
    public synchronized void refresh() {
        StatementBook refreshed = statements.refresh(book);
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
                    refresh();
                }
                ready = book;
            }
        }
        return ready;
    }
}
