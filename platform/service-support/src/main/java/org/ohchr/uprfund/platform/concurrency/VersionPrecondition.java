package org.ohchr.uprfund.platform.concurrency;

import java.util.regex.Pattern;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.ProblemException;
import org.ohchr.uprfund.platform.problem.ProblemType;

/**
 * Optimistic concurrency on a mutable resource: a change names, in {@code If-Match}, the version it was made against,
 * and is refused when that is not the current one. The version is the resource's strong ETag ({@code "3"}).
 * <p>
 * The suite takes exactly one strong entity tag, the one the client read, and nothing looser (RFC 9110, section 13.1.1):
 * <ul>
 * <li>no {@code If-Match}: 428 (RFC 6585, section 3: the server requires the change to be conditional, against lost
 * updates);</li>
 * <li>{@code *}: 428 as well. RFC 9110 lets {@code *} pass whenever the resource exists, which every change here
 * requires anyway, so it would protect nothing: a client that sends it overwrites whatever another made since it read.
 * The suite requires the client to state the version it read, as with no header;</li>
 * <li>a weak tag ({@code W/"3"}): 412. If-Match compares strongly, and a weak tag never matches strongly (RFC 9110,
 * sections 8.8.3.2 and 13.1.1), so the condition is false whatever version it names;</li>
 * <li>anything that is not one entity tag ({@code 3} unquoted, an unbalanced quote, control characters, a list of
 * several, a value longer than any version): 400 naming {@code If-Match}, a malformed header field (RFC 9110, section
 * 15.5.1). A list is well-formed HTTP, but a client read one version: several would let it name every version there is,
 * which is {@code *} again;</li>
 * <li>a strong tag of another version: 412.</li>
 * </ul>
 * The header's form is checked when the precondition is made, before anything is read; the version when the change is
 * about to be made, against the resource as it is then.
 */
public final class VersionPrecondition {

    /** The header, as the resources read it and the problems name it. */
    public static final String HEADER = "If-Match";
    /** Longest value read; a version number is far shorter. */
    static final int MAX_LENGTH = 100;
    /** One entity tag (RFC 9110, section 8.8.3), its opaque part in visible ASCII. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7e]*\"");

    private final String strongTag;
    private final Kind kind;

    private enum Kind { MISSING, ANY, WEAK, STRONG }

    private VersionPrecondition(Kind kind, String strongTag) {
        this.kind = kind;
        this.strongTag = strongTag;
    }

    /**
     * @param ifMatch the request's {@code If-Match} header, or null
     * @throws InvalidFieldException when it is not one entity tag (400)
     */
    public static VersionPrecondition ofIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return new VersionPrecondition(Kind.MISSING, null);
        }
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return new VersionPrecondition(Kind.ANY, null);
        }
        if (value.length() > MAX_LENGTH || !ENTITY_TAG.matcher(value).matches()) {
            throw new InvalidFieldException(HEADER, "must be the one ETag you read, quoted as it was sent, such as \"3\"");
        }
        return value.startsWith("W/") ? new VersionPrecondition(Kind.WEAK, null)
                : new VersionPrecondition(Kind.STRONG, value.substring(1, value.length() - 1));
    }

    /** The ETag value of a version: {@code 3} becomes {@code "3"} on the wire. */
    public static String etagOf(long version) {
        return Long.toString(version);
    }

    /**
     * @throws PreconditionRequiredException without an {@code If-Match}, or with {@code *} (428)
     * @throws PreconditionFailedException when it is weak or names another version (412)
     */
    public void requireCurrent(long currentVersion) {
        String current = etagOf(currentVersion);
        switch (kind) {
        case MISSING -> throw new PreconditionRequiredException(
                "This change needs an If-Match header carrying the ETag of the version you read");
        case ANY -> throw new PreconditionRequiredException("If-Match: * names no version: this change needs the ETag of the"
                + " version you read, so that it cannot overwrite a change made since");
        case WEAK -> throw new PreconditionFailedException("If-Match compares strong ETags, and a weak one never matches: send"
                + " the ETag as you read it; the current version is \"" + current + "\"");
        case STRONG -> {
            if (!strongTag.equals(current)) {
                throw new PreconditionFailedException("The resource changed since you read it; its current version is \""
                        + current + "\": read it again and decide anew");
            }
        }
        }
    }

    /** No {@code If-Match} that names a version was sent with a change that needs one. */
    public static class PreconditionRequiredException extends ProblemException {
        PreconditionRequiredException(String detail) {
            super(ProblemType.PRECONDITION_REQUIRED, detail);
        }
    }

    /** The {@code If-Match} does not match the current version strongly. */
    public static class PreconditionFailedException extends ProblemException {
        PreconditionFailedException(String detail) {
            super(ProblemType.PRECONDITION_FAILED, detail);
        }
    }
}
