package org.ohchr.uprfund.platform.problem;

import java.util.Optional;

/**
 * What a service's unique constraints protect, in words a client understands: a write refused by one of them is
 * answered with 409 {@code already-exists} and this description. A service declares one bean; constraints it does not
 * describe get a general sentence.
 */
public interface UniqueConstraintMessages {

    /** @param constraint the constraint's name in the database, such as {@code donor_iso3_unique} */
    Optional<String> describe(String constraint);
}
