package org.ohchr.uprfund.gateway.domain;

/**
 * A producing service as the read model sees it: its topic, the CloudEvents source and the type prefix its events carry.
 * An event on the topic with another source or type does not belong there.
 *
 * @param name short name, such as {@code contributions}
 */
public record FundSource(String name, String topic, String source, String typePrefix) {

    /** True when an event with this source and type may come from this service. */
    public boolean owns(String eventSource, String eventType) {
        return source.equals(eventSource) && eventType.startsWith(typePrefix);
    }
}
