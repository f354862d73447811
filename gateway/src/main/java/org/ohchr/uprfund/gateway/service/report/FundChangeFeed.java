package org.ohchr.uprfund.gateway.service.report;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.config.PublicReadsConfig;
import org.ohchr.uprfund.gateway.service.report.FundStatusSnapshot.Rendered;
import org.ohchr.uprfund.platform.problem.ProblemType;
import org.ohchr.uprfund.platform.problem.RetryLaterException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;

/**
 * The subscribers to the fund's changes ({@code /api/fund/events}): each new fund status, and a keep-alive now and then.
 * At most {@code fund.public-reads.events.max-subscribers} at once: they are counted from the subscription until the
 * client goes. One timer ticks the keep-alives for them all, started with the first subscriber. {@code /q/metrics} shows
 * {@code fund_events_subscribers} and {@code fund_events_keep_alive_ticks_total}.
 */
@ApplicationScoped
public class FundChangeFeed {

    private final FundStatusSnapshot snapshot;
    private final PublicReadsConfig.Events config;
    private final AtomicInteger subscribers = new AtomicInteger();
    private final Multi<Long> keepAlive;

    FundChangeFeed(FundStatusSnapshot snapshot, PublicReadsConfig config, MeterRegistry metrics) {
        this.snapshot = snapshot;
        this.config = config.events();
        Gauge.builder("fund_events_subscribers", subscribers, AtomicInteger::get)
                .description("Clients following /api/fund/events").register(metrics);
        Counter ticks = Counter.builder("fund_events_keep_alive_ticks").description("Keep-alives sent to every subscriber at once")
                .register(metrics);
        this.keepAlive = Multi.createFrom().ticks().every(this.config.keepAlive())
                .onOverflow().drop()
                .invoke(tick -> ticks.increment())
                .broadcast().toAllSubscribers();
    }

    /**
     * A subscriber's stream, counted until it ends: each new status as {@code change} makes it, and every keep-alive tick
     * as {@code keepAlive} does.
     *
     * @throws RetryLaterException (503) when the feed has as many subscribers as it takes
     */
    public <T> Multi<T> subscribe(Function<Rendered, T> change, Supplier<T> keepAliveItem) {
        if (subscribers.incrementAndGet() > config.maxSubscribers()) {
            subscribers.decrementAndGet();
            throw new RetryLaterException(ProblemType.SERVICE_UNAVAILABLE, "The fund's event stream has as many subscribers as it"
                    + " takes (" + config.maxSubscribers() + "); read /api/fund/status meanwhile, or try again later", config.retryAfter());
        }
        // The shared ticks go out as fast as the fastest subscriber takes them: one that reads slowly loses keep-alives.
        return Multi.createBy().merging().streams(snapshot.changes().map(change),
                keepAlive.onOverflow().drop().map(tick -> keepAliveItem.get()))
                .onTermination().invoke(subscribers::decrementAndGet);
    }
}
