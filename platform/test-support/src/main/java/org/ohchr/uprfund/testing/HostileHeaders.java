package org.ohchr.uprfund.testing;

import java.util.List;

/**
 * The request headers an attacker or a broken client sends: each one alone, replacing what a well-behaved request would
 * carry under that name. Those an operation documents ({@code Idempotency-Key}, {@code If-Match}) must then be refused;
 * the others may be ignored, but never cost a 5xx, and forwarding headers from an address that is no trusted proxy must
 * never reach a link.
 */
final class HostileHeaders {

    /** The host that forged forwarding headers name: no answer may carry it. */
    static final String FORGED_HOST = "forged-proxy.example";
    private static final String TEN_KB = "9".repeat(10 * 1024);
    private static final String CONTROL_CHARACTERS = "key\u0001\u0008\u001b[2J\u007f";

    /** Which operations a header is sent to. */
    enum Target {
        /** every operation */
        EVERY,
        /** operations with a request body */
        WITH_BODY,
        /** operations documenting {@code Idempotency-Key}: the hostile value must be refused */
        IDEMPOTENCY_KEY,
        /** operations documenting {@code If-Match}: the hostile value must be refused */
        IF_MATCH
    }

    /**
     * @param name the header
     * @param what what is wrong with the value, for the report
     * @param target the operations it is sent to
     */
    record Header(String name, String value, String what, Target target) {

        /** A value an HTTP client would not send as it is, so it is written byte for byte. */
        boolean hasControlCharacters() {
            return value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        }

        /** A value the operation documents and must refuse, rather than ignore. */
        boolean mustBeRefused() {
            return target == Target.IDEMPOTENCY_KEY || target == Target.IF_MATCH;
        }

        boolean appliesTo(ApiOperation operation) {
            return switch (target) {
            case EVERY -> true;
            case WITH_BODY -> operation.takesBody();
            case IDEMPOTENCY_KEY -> operation.documentsHeader("Idempotency-Key");
            case IF_MATCH -> operation.documentsHeader("If-Match");
            };
        }

        @Override
        public String toString() {
            return name + " " + what;
        }
    }

    static final List<Header> ALL = List.of(
            new Header("Idempotency-Key", "", "empty", Target.IDEMPOTENCY_KEY),
            new Header("Idempotency-Key", TEN_KB, "of 10 KB", Target.IDEMPOTENCY_KEY),
            new Header("Idempotency-Key", CONTROL_CHARACTERS, "with control characters", Target.IDEMPOTENCY_KEY),
            new Header("If-Match", "*", "*", Target.IF_MATCH),
            new Header("If-Match", "W/\"0\"", "weak", Target.IF_MATCH),
            new Header("If-Match", "\"" + TEN_KB + "\"", "of 10 KB", Target.IF_MATCH),
            new Header("If-Match", "\"0\u0001\"", "with a control character", Target.IF_MATCH),
            new Header("If-None-Match", "*", "*", Target.EVERY),
            new Header("If-None-Match", "W/\"0\"", "weak", Target.EVERY),
            new Header("If-None-Match", "\"" + TEN_KB + "\"", "of 10 KB", Target.EVERY),
            new Header("traceparent", "00-zzzz-not-a-trace-01", "malformed", Target.EVERY),
            new Header("traceparent", "ff-" + "0".repeat(32) + "-" + "0".repeat(16) + "-ff", "of a forbidden version and zero ids",
                    Target.EVERY),
            new Header("traceparent", "00-" + "a".repeat(10 * 1024) + "-b7ad6b7169203331-01", "of 10 KB", Target.EVERY),
            new Header("tracestate", "=,,=x,\u0001=\u0002,key=" + "v".repeat(300), "malformed", Target.EVERY),
            new Header("tracestate", "k=" + "v".repeat(10 * 1024), "of 10 KB", Target.EVERY),
            new Header("Accept-Language", "fr;q=" + TEN_KB, "of 10 KB", Target.EVERY),
            new Header("Accept-Language", "x-klingon-tlh, *;q=2, en;q=-1, ;q=, zh-Hant-TW-x-private-" + "a".repeat(300),
                    "with odd tags", Target.EVERY),
            new Header("Accept-Language", "fr\u0001;q=0.5, \u001b[31mes", "with control characters", Target.EVERY),
            new Header("Content-Type", "application/json; charset=UTF-16", "of another charset than the body's", Target.WITH_BODY),
            new Header("Content-Type", "application/json; charset=x-no-such-charset", "of an unknown charset", Target.WITH_BODY),
            new Header("Content-Type", "application/json; charset=utf-8; charset=latin1; charset=" + "u".repeat(2048),
                    "of repeated charsets", Target.WITH_BODY),
            new Header("X-Forwarded-Host", FORGED_HOST, "from an untrusted address", Target.EVERY),
            new Header("X-Forwarded-Proto", "javascript", "from an untrusted address", Target.EVERY),
            new Header("X-Forwarded-Prefix", "//" + FORGED_HOST + "/x", "from an untrusted address", Target.EVERY),
            new Header("X-Forwarded-For", "1.2.3.4, " + "10.0.0.1, ".repeat(500) + "' OR 1=1 --", "forged and long", Target.EVERY),
            new Header("Forwarded", "for=\"[::1]\";host=" + FORGED_HOST + ";proto=https, for=unknown;host=\"" + FORGED_HOST + ":1\"",
                    "from an untrusted address", Target.EVERY));

    private HostileHeaders() {
    }
}
