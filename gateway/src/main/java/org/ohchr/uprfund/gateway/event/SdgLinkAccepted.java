package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/** Data of {@code org.ohchr.uprfund.recommendations.SdgLinkAccepted}: a recommendation was linked to an SDG target. */
public record SdgLinkAccepted(UUID recommendationId, String stateUnderReview, int sdgGoal, String sdgTarget, String acceptedBy,
        Instant acceptedAt) {

    public static final String TYPE = "org.ohchr.uprfund.recommendations.SdgLinkAccepted";
    private static final Pattern TARGET = Pattern.compile("([1-9]|1[0-7])\\.([1-9][0-9]?|[a-z])");

    public static SdgLinkAccepted from(EventData data) {
        int goal = data.integer("sdgGoal", 1, 17);
        String target = data.text("sdgTarget", 10);
        if (!isTarget(target) || !target.startsWith(goal + ".")) {
            throw EventRejectedException.schema("SdgLinkAccepted: data.sdgTarget must be a target of goal " + goal + ", such as \""
                    + goal + ".3\"");
        }
        return new SdgLinkAccepted(data.uuid("recommendationId"), data.iso3("stateUnderReview"), goal, target,
                data.text("acceptedBy", 300), data.instant("acceptedAt"));
    }

    static boolean isTarget(String text) {
        return TARGET.matcher(text).matches();
    }
}
