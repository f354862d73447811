package org.ohchr.uprfund.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class CanonicalPathTest {

    private static final String ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    @Test
    void everySpellingOfAProjectsPathIsOnePath() {
        String canonical = "/api/projects/" + ID + "/updates";
        assertThat(CanonicalPath.of(canonical)).isEqualTo(canonical);
        assertThat(CanonicalPath.of("/api/projects/" + ID.toUpperCase() + "/updates")).isEqualTo(canonical);
        assertThat(CanonicalPath.of("/api/projects/" + ID + "/updates/")).isEqualTo(canonical);
        assertThat(CanonicalPath.of("/api/projects/" + ID + "/updates//")).isEqualTo(canonical);
        assertThat(CanonicalPath.of("/api/projects/%30%41%31b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/%75pdates")).isEqualTo(canonical);
        assertThat(CanonicalPath.of("/api/projects/a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/updates"))
                .as("leading zeros left out, as UUID.fromString reads them").isEqualTo(canonical);
    }

    @Test
    void decodesOnceOnly() {
        assertThat(CanonicalPath.of("/api/x%2541")).isEqualTo("/api/x%41");
        assertThat(CanonicalPath.of("/api/caf%C3%A9")).isEqualTo("/api/caf\u00e9");
        assertThat(CanonicalPath.of("/api/100%")).isEqualTo("/api/100%");
        assertThat(CanonicalPath.of("/api/100%zz%4")).isEqualTo("/api/100%zz%4");
    }

    @Test
    void leavesWhatIsNotAUuidAsItIs() {
        assertThat(CanonicalPath.of("/api/expenditures")).isEqualTo("/api/expenditures");
        assertThat(CanonicalPath.of("/api/Expenditures")).isEqualTo("/api/Expenditures");
        assertThat(CanonicalPath.of("/api/sdg/1.4")).isEqualTo("/api/sdg/1.4");
        assertThat(CanonicalPath.of("/api/codes/ABC-DEF")).isEqualTo("/api/codes/ABC-DEF");
        assertThat(CanonicalPath.of("/api/codes/" + ID + "x")).isEqualTo("/api/codes/" + ID + "x");
        assertThat(CanonicalPath.of("/")).isEqualTo("/");
    }

    @Test
    void aRandomUuidInAnyCaseGivesItsCanonicalText() {
        UUID id = UUID.randomUUID();
        assertThat(CanonicalPath.of("/api/pledges/" + id.toString().toUpperCase() + "/cancellation"))
                .isEqualTo("/api/pledges/" + id + "/cancellation");
    }
}
