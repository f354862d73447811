package org.ohchr.uprfund.platform.idempotency;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The path an idempotency key is scoped to, written one way for every way of sending the same request: percent-decoded
 * once (as the router decodes it to find the resource), each UUID in its lower-case canonical form (as the resource
 * parses it), and without a trailing slash. So {@code /api/projects/0A1B...-.../updates/} and the path a batch names for
 * the same project's single operation meet in one scope, and the entry is recorded once.
 */
final class CanonicalPath {

    /** A UUID as {@link UUID#fromString} reads it: five groups of hex digits, in any case, leading zeros optional. */
    private static final Pattern UUID_SEGMENT = Pattern.compile(
            "[0-9a-fA-F]{1,8}-[0-9a-fA-F]{1,4}-[0-9a-fA-F]{1,4}-[0-9a-fA-F]{1,4}-[0-9a-fA-F]{1,12}");

    private CanonicalPath() {
    }

    static String of(String rawPath) {
        String decoded = percentDecoded(rawPath);
        StringBuilder canonical = new StringBuilder(decoded.length());
        String[] segments = decoded.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                canonical.append('/');
            }
            canonical.append(UUID_SEGMENT.matcher(segments[i]).matches() ? UUID.fromString(segments[i]).toString() : segments[i]);
        }
        int end = canonical.length();
        while (end > 1 && canonical.charAt(end - 1) == '/') {
            end--;
        }
        return end == 0 ? "/" : canonical.substring(0, end);
    }

    /** {@code %XX} as the byte it stands for, once; a {@code %} not followed by two hex digits stays as it is. */
    private static String percentDecoded(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        byte[] raw = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && HexFormat.isHexDigit(raw[i + 1]) && HexFormat.isHexDigit(raw[i + 2])) {
                bytes.write(HexFormat.fromHexDigits(new String(raw, i + 1, 2, StandardCharsets.US_ASCII)));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
