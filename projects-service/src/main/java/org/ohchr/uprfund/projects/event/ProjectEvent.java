package org.ohchr.uprfund.projects.event;

import java.util.UUID;

import org.ohchr.uprfund.platform.outbox.FundEvent;

/** An event about one project: its id is the record key, so that the project's events reach its partition in order. */
public interface ProjectEvent extends FundEvent {

    UUID projectId();

    @Override
    default String aggregateType() {
        return "Project";
    }

    @Override
    default UUID aggregateId() {
        return projectId();
    }
}
