package org.ohchr.uprfund.projects.domain;

import java.util.Set;

/**
 * What a caller may write for: the fund as a whole (a fund manager), or the States of a field office's
 * {@code countries} claim, and only the projects of those States.
 *
 * @param fundWide true for a fund manager: every State, and the fund's own costs
 * @param states the ISO 3166-1 alpha-3 codes a field office writes for (empty for a fund manager, who needs none)
 */
public record WriteScope(boolean fundWide, Set<String> states) {

    public WriteScope {
        states = Set.copyOf(states);
    }

    public static WriteScope fundManager() {
        return new WriteScope(true, Set.of());
    }

    public static WriteScope fieldOffice(Set<String> states) {
        return new WriteScope(false, states);
    }

    public boolean covers(String iso3) {
        return fundWide || states.contains(iso3);
    }

    /** @throws OutOfScopeException unless the caller writes for {@code iso3} */
    public void requireState(String iso3, String what) {
        if (!covers(iso3)) {
            throw new OutOfScopeException("Your token writes for " + (states.isEmpty() ? "no State" : String.join(", ", states.stream().sorted().toList()))
                    + ", not for " + iso3 + ": " + what + " is refused");
        }
    }

    /** @throws OutOfScopeException unless the caller writes for the fund as a whole */
    public void requireFundWide(String what) {
        if (!fundWide) {
            throw new OutOfScopeException(what + " is for a fund manager: a field office writes for the projects of its States only");
        }
    }
}
