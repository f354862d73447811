package org.ohchr.uprfund.gateway.mapping;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.FundDonor;
import org.ohchr.uprfund.gateway.FundStatus;
import org.ohchr.uprfund.gateway.SourceFreshness;

/** Read-model rows to the parts of {@link FundStatus}. */
@ApplicationScoped
public class FundStatusMapper {

    public FundStatus.Donors toDonors(Map<String, Long> donorsByKind) {
        long registered = donorsByKind.values().stream().mapToLong(Long::longValue).sum();
        long states = donorsByKind.getOrDefault(FundDonor.STATE, 0L);
        return new FundStatus.Donors(registered, states, registered - states);
    }

    public List<FundStatus.Source> toSources(List<SourceFreshness> rows) {
        return rows.stream().map(this::toSource).toList();
    }

    public FundStatus.Source toSource(SourceFreshness row) {
        return new FundStatus.Source(row.topic, row.eventsApplied, row.duplicatesIgnored, row.lastEventId,
                row.lastEventType, row.lastEventTime, row.lastAppliedAt, lagSeconds(row));
    }

    private static Double lagSeconds(SourceFreshness row) {
        if (row.lastEventTime == null || row.lastAppliedAt == null) {
            return null;
        }
        long millis = Math.max(0, Duration.between(row.lastEventTime, row.lastAppliedAt).toMillis());
        return millis / 1000.0;
    }
}
