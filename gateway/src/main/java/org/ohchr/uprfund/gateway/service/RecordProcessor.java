package org.ohchr.uprfund.gateway.service;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.ohchr.uprfund.gateway.config.ReadModelConfig;
import org.ohchr.uprfund.gateway.domain.DeadLetter;
import org.ohchr.uprfund.gateway.domain.EventFailure;
import org.ohchr.uprfund.gateway.domain.FundSource;
import org.ohchr.uprfund.gateway.event.CloudEventEnvelope;
import org.ohchr.uprfund.gateway.event.EventRejectedException;
import org.ohchr.uprfund.gateway.event.FundRecord;
import org.ohchr.uprfund.gateway.event.RecordSpans;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;

/**
 * What happens to each record of a fund topic: it is read as a CloudEvent and applied ({@link EventApplier}); a record
 * whose content is at fault is parked at once ({@link DeadLetterParking}), with why; a record that fails for any other
 * reason is tried {@code fund.read-model.attempts} times before it is parked. Either way the records after it go on. Only
 * when even parking fails (the database is away) does it give up with {@link RetryLaterException}, and the consumer
 * reads the record again later: nothing is ever skipped. Each record applied to the live read model is a span in the trace
 * its event carries ({@link RecordSpans}); a rebuild's replay makes none, as it would add a span to every trace the
 * topics ever saw.
 */
@ApplicationScoped
public class RecordProcessor {

    private static final Logger LOG = Logger.getLogger(RecordProcessor.class);

    public enum Outcome { APPLIED, DUPLICATE, PARKED }

    /** What became of a record, and the type of its event when it was applied. */
    public record Result(Outcome outcome, String appliedType) {

        static final Result DUPLICATE = new Result(Outcome.DUPLICATE, null);
        static final Result PARKED = new Result(Outcome.PARKED, null);
    }

    private final EventApplier applier;
    private final DeadLetterParking parking;
    private final ReadModelConfig config;
    private final ObjectMapper json;
    private final RecordSpans spans;

    RecordProcessor(EventApplier applier, DeadLetterParking parking, ReadModelConfig config, ObjectMapper json, RecordSpans spans) {
        this.applier = applier;
        this.parking = parking;
        this.config = config;
        this.json = json;
        this.spans = spans;
    }

    /**
     * Records of one partition, in their order: applied together in one transaction when every one of them can be (the
     * usual case, and much cheaper than a transaction each); otherwise one by one, as {@link #process}.
     *
     * @param schema the rebuild's schema, or null for the live read model
     * @throws RetryLaterException when a record could neither be applied nor parked
     */
    public List<Result> processAll(String schema, FundSource source, List<FundRecord> records) {
        if (records.size() > 1) {
            Instant started = Instant.now();
            try {
                List<CloudEventEnvelope> events = records.stream().map(record -> CloudEventEnvelope.parse(record.value(), json)).toList();
                List<EventApplier.Outcome> outcomes = applier.applyAll(schema, source, events);
                List<Result> results = new ArrayList<>(records.size());
                for (int i = 0; i < events.size(); i++) {
                    results.add(outcomes.get(i) == EventApplier.Outcome.APPLIED ? new Result(Outcome.APPLIED, events.get(i).type())
                            : Result.DUPLICATE);
                    if (schema == null) {
                        // Made once the batch committed: a batch taken one by one after all leaves no span of its try.
                        RecordSpans.end(spans.started(started, source, records.get(i), events.get(i)), results.get(i).outcome());
                    }
                }
                return results;
            } catch (RuntimeException e) {
                LOG.debugf("A batch of %d records of %s is taken one by one: %s", records.size(), source.topic(), e.toString());
            }
        }
        List<Result> results = new ArrayList<>(records.size());
        for (FundRecord record : records) {
            results.add(process(schema, source, record));
        }
        return results;
    }

    /**
     * @param schema the rebuild's schema, or null for the live read model
     * @throws RetryLaterException when the record could neither be applied nor parked
     */
    public Result process(String schema, FundSource source, FundRecord record) {
        if (schema != null) {
            return attempt(schema, source, record);
        }
        Span span = spans.start(source, record, CloudEventEnvelope.identify(record.value(), json));
        try (Scope scope = span.makeCurrent()) {
            Result result = attempt(schema, source, record);
            RecordSpans.end(span, result.outcome());
            return result;
        } catch (RuntimeException e) {
            RecordSpans.end(span, e);
            throw e;
        }
    }

    private Result attempt(String schema, FundSource source, FundRecord record) {
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= Math.max(1, config.attempts()); attempt++) {
            try {
                CloudEventEnvelope event = CloudEventEnvelope.parse(record.value(), json);
                return applier.apply(schema, source, event) == EventApplier.Outcome.APPLIED ? new Result(Outcome.APPLIED, event.type())
                        : Result.DUPLICATE;
            } catch (EventRejectedException e) {
                return park(schema, record, e.failure(), e.getMessage());
            } catch (RuntimeException e) {
                String constraint = uniqueConstraintBroken(e);
                if (constraint != null) {
                    // Its entry is in the read model already, under another event's id: trying again cannot help.
                    return park(schema, record, EventFailure.UNAPPLIABLE, alreadyRecorded(constraint));
                }
                lastFailure = e;
                LOG.warnf("Record %s could not be applied (try %d of %d): %s", record.where(), attempt, config.attempts(), e.toString());
                if (attempt < config.attempts()) {
                    pause();
                }
            }
        }
        return park(schema, record, EventFailure.UNAPPLIABLE, "could not be applied after " + config.attempts() + " tries: "
                + describe(lastFailure));
    }

    private Result park(String schema, FundRecord record, EventFailure failure, String reason) {
        CloudEventEnvelope.Identity identity = CloudEventEnvelope.identify(record.value(), json);
        DeadLetter letter = new DeadLetter();
        letter.id = UUID.randomUUID();
        letter.topic = record.topic();
        letter.partition = record.partition();
        letter.offset = record.offset();
        letter.key = record.key();
        letter.value = record.value();
        letter.timestamp = record.timestamp();
        letter.eventId = identity.id();
        letter.eventSource = identity.source();
        letter.eventType = identity.type();
        letter.failure = failure;
        letter.reason = reason;
        letter.parkedAt = Instant.now();
        letter.status = DeadLetter.Status.PARKED;
        try {
            parking.park(schema, letter);
        } catch (RuntimeException e) {
            throw new RetryLaterException("Record " + record.where() + " could not be parked: " + e, e);
        }
        LOG.warnf("Parked record %s (%s): %s", record.where(), failure, reason);
        return Result.PARKED;
    }

    private void pause() {
        try {
            Thread.sleep(config.retryBackoff().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryLaterException("Interrupted while waiting to try a record again", e);
        }
    }

    /** The name of the unique constraint a failure broke (SQLSTATE 23505), or null when it is another failure. */
    static String uniqueConstraintBroken(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && "23505".equals(violation.getSQLState())) {
                return violation.getConstraintName() == null ? "unnamed" : violation.getConstraintName();
            }
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return "unnamed";
            }
        }
        return null;
    }

    /** Why an event whose entry the read model holds already, under another event's id, is not applied. */
    static String alreadyRecorded(String constraint) {
        return "the read model holds this event's entry already, recorded by another event (unique constraint " + constraint + ")";
    }

    /** The root cause's message, without class names beyond the cause's own. */
    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) + "..." : message;
    }

    /** Neither applied nor parked: the consumer must read the record again later. */
    public static class RetryLaterException extends RuntimeException {

        public RetryLaterException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
