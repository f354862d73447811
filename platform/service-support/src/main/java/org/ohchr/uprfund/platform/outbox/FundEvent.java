package org.ohchr.uprfund.platform.outbox;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A fact a service publishes: its fields are the CloudEvent's {@code data}. Each event class declares its CloudEvents
 * {@code type} as a constant of its own ({@code public static final String TYPE}) and returns it here, so that renaming
 * the class never changes the contract its consumers rely on.
 */
public interface FundEvent {

    /** The CloudEvents {@code type}, such as {@code org.ohchr.uprfund.contributions.DonorRegistered}. */
    @JsonIgnore
    String eventType();

    /** What the event is about, such as {@code Pledge}. */
    @JsonIgnore
    String aggregateType();

    /** The record key on the topic: events of one aggregate reach its partition in the order they were written. */
    @JsonIgnore
    UUID aggregateId();
}
