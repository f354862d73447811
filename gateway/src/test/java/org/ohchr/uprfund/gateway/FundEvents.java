package org.ohchr.uprfund.gateway;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** CloudEvents as the services publish them (structured mode, keyed by aggregate id), for tests to put on the topics. */
final class FundEvents {

    static final String CONTRIBUTIONS_TOPIC = "fund.contributions.v1";
    static final String PROJECTS_TOPIC = "fund.projects.v1";
    static final String DONOR_REGISTERED = "org.ohchr.uprfund.contributions.DonorRegistered";
    static final String CONTRIBUTIONS_SOURCE = "/upr-fund/contributions-service";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FundEvents() {
    }

    static ObjectNode donorRegisteredData(UUID donorId, String name, String kind, String iso3, Instant registeredAt) {
        ObjectNode data = JSON.createObjectNode()
                .put("donorId", donorId.toString())
                .put("name", name)
                .put("kind", kind)
                .put("registeredAt", registeredAt.toString());
        if (iso3 == null) {
            data.putNull("iso3");
        } else {
            data.put("iso3", iso3);
        }
        return data;
    }

    static ObjectNode object(String field, String value) {
        return JSON.createObjectNode().put(field, value);
    }

    static String envelope(UUID eventId, String source, String type, UUID subject, Instant time, ObjectNode data) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", eventId.toString())
                .put("source", source)
                .put("type", type)
                .put("subject", subject.toString())
                .put("time", time.toString())
                .put("datacontenttype", "application/json");
        envelope.set("data", data);
        return envelope.toString();
    }
}
