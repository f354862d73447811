package org.ohchr.uprfund.platform.concurrency;

import org.ohchr.uprfund.platform.problem.ProblemException;
import org.ohchr.uprfund.platform.problem.ProblemType;

/**
 * Optimistic concurrency on a mutable resource: a change names, in {@code If-Match}, the version it was made against,
 * and is refused when that is not the current one. The version is the resource's ETag ({@code "3"}).
 */
public final class VersionPrecondition {

    private final String ifMatch;

    private VersionPrecondition(String ifMatch) {
        this.ifMatch = ifMatch;
    }

    /** @param ifMatch the request's {@code If-Match} header, or null */
    public static VersionPrecondition ofIfMatch(String ifMatch) {
        return new VersionPrecondition(ifMatch);
    }

    /** The ETag value of a version: {@code 3} becomes {@code "3"} on the wire. */
    public static String etagOf(long version) {
        return Long.toString(version);
    }

    /**
     * @throws PreconditionRequiredException without an {@code If-Match} (428)
     * @throws PreconditionFailedException when it names another version (412)
     */
    public void requireCurrent(long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String current = etagOf(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String value = tag.strip();
            if (value.equals("*") || unquote(value).equals(current)) {
                return;
            }
        }
        throw new PreconditionFailedException(current);
    }

    private static String unquote(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    /** No {@code If-Match} was sent with a change that needs one. */
    public static class PreconditionRequiredException extends ProblemException {
        PreconditionRequiredException() {
            super(ProblemType.PRECONDITION_REQUIRED, "This change needs an If-Match header carrying the ETag of the version you read");
        }
    }

    /** The {@code If-Match} names a version that is no longer current. */
    public static class PreconditionFailedException extends ProblemException {
        PreconditionFailedException(String currentVersion) {
            super(ProblemType.PRECONDITION_FAILED, "The resource changed since you read it; its current version is \""
                    + currentVersion + "\": read it again and decide anew");
        }
    }
}
