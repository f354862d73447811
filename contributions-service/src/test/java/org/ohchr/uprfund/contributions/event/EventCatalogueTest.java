package org.ohchr.uprfund.contributions.event;

import org.ohchr.uprfund.testing.EventCatalogueContract;

/** The events this service publishes: their types, the schemas its jar ships and its README's table agree. */
class EventCatalogueTest extends EventCatalogueContract {

    @Override
    protected String eventPackage() {
        return "org.ohchr.uprfund.contributions.event";
    }

    @Override
    protected String typePrefix() {
        return "org.ohchr.uprfund.contributions.";
    }
}
