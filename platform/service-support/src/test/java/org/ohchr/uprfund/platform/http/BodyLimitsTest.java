package org.ohchr.uprfund.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;

class BodyLimitsTest {

    private static final long MIB = 1024 * 1024;
    private static final MemorySizeConverter SIZES = new MemorySizeConverter();

    @Test
    void aBulkPathHasItsOwnLimitAndEveryOtherPathTheStandardOne() {
        BodyLimits limits = new BodyLimits(config("256K", Map.of("/api/recommendations/import", "128M")), 256 * MIB);

        assertThat(limits.forPath("/api/recommendations/import")).isEqualTo(128 * MIB);
        assertThat(limits.forPath("/api/recommendations")).isEqualTo(256 * 1024);
        assertThat(limits.forPath(null)).isEqualTo(256 * 1024);
        assertThat(limits.largest()).isEqualTo(128 * MIB);
    }

    @Test
    void variantsOfABulkPathGetOnlyTheStandardLimit() {
        BodyLimits limits = new BodyLimits(config("256K", Map.of("/api/recommendations/import", "128M")), 256 * MIB);

        for (String variant : List.of("/api/recommendations/import/", "/API/recommendations/import",
                "/api/recommendations//import", "/api/recommendations/import;x", "/api/recommendations/%69mport")) {
            assertThat(limits.forPath(variant)).as(variant).isEqualTo(256 * 1024);
        }
    }

    @Test
    void aPathLimitAboveQuarkusOwnLimitStopsTheServiceAtStart() {
        assertThatThrownBy(() -> new BodyLimits(config("256K", Map.of("/api/field-updates/sync", "4M")), MIB))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/api/field-updates/sync")
                .hasMessageContaining("quarkus.http.limits.max-body-size");
    }

    @Test
    void withoutPathLimitsTheLargestIsTheStandard() {
        assertThat(new BodyLimits(config("256K", Map.of()), MIB).largest()).isEqualTo(256 * 1024);
    }

    private static HttpConfig config(String standard, Map<String, String> byPath) {
        return new HttpConfig() {
            @Override
            public MemorySize maxBodySize() {
                return SIZES.convert(standard);
            }

            @Override
            public Map<String, MemorySize> maxBodySizeByPath() {
                Map<String, MemorySize> sizes = new TreeMap<>();
                byPath.forEach((path, size) -> sizes.put(path, SIZES.convert(size)));
                return sizes;
            }

            @Override
            public List<String> trustedProxies() {
                return List.of();
            }
        };
    }
}
