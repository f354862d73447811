package org.ohchr.uprfund.projects.event;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A fact this service publishes; its simple class name is the event type, its fields the CloudEvent's data. */
public interface FundEvent {

    @JsonIgnore
    String aggregateType();

    @JsonIgnore
    UUID aggregateId();
}
