package org.ohchr.uprfund.contributions.service;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic concurrency on mutable resources: a change must name the version it was made against. */
public final class Preconditions {

    private Preconditions() {
    }

    /**
     * @param ifMatch the request's {@code If-Match} header
     * @param currentVersion the resource's version, which is its ETag
     * @throws PreconditionRequiredException without an {@code If-Match} (428)
     * @throws PreconditionFailedException when it names another version (412)
     */
    public static void requireCurrentVersion(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String current = Long.toString(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String value = tag.strip();
            if (value.equals("*") || unquote(value).equals(current)) {
                return;
            }
        }
        throw new PreconditionFailedException(current);
    }

    public static EntityTag etagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    private static String unquote(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    /** No {@code If-Match} was sent with a change that needs one. */
    public static class PreconditionRequiredException extends RuntimeException {
        PreconditionRequiredException() {
            super("This change needs an If-Match header carrying the ETag of the version you read");
        }
    }

    /** The {@code If-Match} names a version that is no longer current. */
    public static class PreconditionFailedException extends RuntimeException {
        PreconditionFailedException(String currentVersion) {
            super("The resource changed since you read it; its current version is \"" + currentVersion + "\"");
        }
    }
}
