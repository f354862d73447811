package org.ohchr.uprfund.gateway.service.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.config.PublicReadsConfig;
import org.ohchr.uprfund.gateway.mapping.FundStatusResponse;
import org.ohchr.uprfund.platform.problem.ProblemType;
import org.ohchr.uprfund.platform.problem.RetryLaterException;

/**
 * Fund status at a past date, computed when asked from the whole read model: at most
 * {@code fund.public-reads.past-dates.max-concurrent} at once over all clients, so that reads of past dates cannot take
 * the connections and the CPU the current status and the consumers need. One more is refused at once (503 with
 * {@code Retry-After}), not queued.
 */
@ApplicationScoped
public class PastDateStatus {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final FundStatusService status;
    private final Semaphore computing;
    private final int maxConcurrent;

    PastDateStatus(FundStatusService status, PublicReadsConfig config) {
        this.status = status;
        this.maxConcurrent = config.pastDates().maxConcurrent();
        this.computing = new Semaphore(maxConcurrent);
    }

    /**
     * @throws org.ohchr.uprfund.platform.problem.InvalidFieldException naming {@code asOf} when the fund does not answer
     *         for the date
     * @throws RetryLaterException (503) when as many past dates are being computed as the gateway computes at once
     */
    public FundStatusResponse at(LocalDate asOf) {
        LocalDate date = status.requireAnsweredDate(asOf);
        if (!computing.tryAcquire()) {
            throw new RetryLaterException(ProblemType.SERVICE_UNAVAILABLE, "Fund status at a past date is being computed for "
                    + maxConcurrent + " requests already; try again after Retry-After seconds", RETRY_AFTER);
        }
        try {
            return status.statusAt(date, null);
        } finally {
            computing.release();
        }
    }
}
