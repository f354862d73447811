package org.ohchr.uprfund.recommendations.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters with many values a recommendation can have several of, as {@code name:value} ({@code theme:TORTURE},
 * {@code target:16.3}, {@code by:FRA}), kept as keys (a 64-bit hash of the name) in one indexed array of the
 * recommendation's search row, so that any combination of them is one index lookup. The State under review and the
 * cycle (the list order's index), and the filters with a handful of values (mechanism, language, response, action
 * category, implementation status: an index of them would find half the table) are columns of the search row instead.
 * <p>
 * A key is the first 8 bytes of the MD5 of the facet's name in UTF-8, big-endian, as a signed number: PostgreSQL
 * computes the same ({@code facet_key(text)}, V6__facet_keys.sql). Two names sharing a key would make a filter by one
 * find the other too: with 100,000 distinct names (a database has a few thousand, most of them documents), the chance
 * that any two share one is about 3 in 10^10.
 */
public final class Facets {

    private Facets() {
    }

    /** The facets of a recommendation with this content. */
    public static List<String> of(RecommendationContent content) {
        List<String> facets = new ArrayList<>();
        content.recommendingStates().forEach(state -> facets.add(recommendingState(state)));
        if (content.session() != null) {
            facets.add(session(content.session()));
        }
        facets.add(document(content.documentSymbol()));
        content.themes().forEach(theme -> facets.add(theme(theme)));
        content.affectedPersons().forEach(group -> facets.add(affected(group)));
        content.sdgGoals().forEach(goal -> facets.add(goal(goal)));
        content.sdgTargets().forEach(target -> facets.add(target(target)));
        return facets;
    }

    /** The keys of the facets of a recommendation with this content. */
    public static Long[] keys(RecommendationContent content) {
        return of(content).stream().map(Facets::key).toArray(Long[]::new);
    }

    /** The key of a facet. */
    public static long key(String facet) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(facet.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }

    public static String recommendingState(String iso3) {
        return "by:" + iso3;
    }

    public static String session(String session) {
        return "session:" + session;
    }

    public static String document(String symbol) {
        return "document:" + symbol;
    }

    public static String theme(Theme theme) {
        return "theme:" + theme.name();
    }

    public static String affected(AffectedGroup group) {
        return "affected:" + group.name();
    }

    public static String goal(int goal) {
        return "goal:" + goal;
    }

    public static String target(String target) {
        return "target:" + target;
    }
}
