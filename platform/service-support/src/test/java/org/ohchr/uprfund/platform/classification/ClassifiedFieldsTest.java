package org.ohchr.uprfund.platform.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.json.JsonSettings;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Outside a request nobody is known to hold a role: a read is written as anyone may read it. */
class ClassifiedFieldsTest {

    record Entry(String id, @Classified(Audience.FUND_MANAGEMENT) String bankReference,
            @Classified(Audience.PROJECT_STAFF) String reportedBy, DonorName donor, List<DonorName> donors) {
    }

    private final ObjectMapper json = mapper();

    @Test
    void classifiedFieldsAreLeftOutNotNulled() throws Exception {
        String written = json.writeValueAsString(new Entry("e1", "NO-MFA-2020-0415", null, null, List.of()));
        assertThat(json.readTree(written).has("bankReference")).isFalse();
        assertThat(json.readTree(written).has("reportedBy")).isFalse();
        assertThat(json.readTree(written).get("id").asText()).isEqualTo("e1");
        assertThat(json.readTree(written).has("donor")).isTrue();
        assertThat(written).doesNotContain("NO-MFA");
    }

    @Test
    void aPrivateIndividualsNameReadsPrivateDonorAndOthersTheirNames() throws Exception {
        Entry entry = new Entry("e2", null, null, DonorName.of("Jane Roe", "PRIVATE"),
                List.of(DonorName.of("Norway", "STATE"), DonorName.of("A foundation", "ORGANISATION"), DonorName.of("John Doe", "PRIVATE")));
        String written = json.writeValueAsString(entry);
        assertThat(json.readTree(written).get("donor").asText()).isEqualTo(DonorName.PRIVATE_DONOR);
        assertThat(json.readTree(written).get("donors").toString())
                .isEqualTo("[\"Norway\",\"A foundation\",\"" + DonorName.PRIVATE_DONOR + "\"]");
        assertThat(written).doesNotContain("Jane").doesNotContain("John");
        assertThat(DonorName.of(null, "PRIVATE")).isNull();
        assertThat(DonorName.of("Jane Roe", "PRIVATE").forAnyone()).isEqualTo(DonorName.PRIVATE_DONOR);
    }

    @Test
    void eachAudienceNamesItsRolesInItsNote() {
        for (Audience audience : Audience.values()) {
            assertThat(audience.note()).startsWith("Visible to roles: " + String.join(", ", audience.roles()) + ".");
            assertThat(audience.includesAnyOf(Set.of())).isFalse();
            assertThat(audience.includesAnyOf(Set.of(audience.roles().get(0)))).isTrue();
        }
        assertThat(Audience.FUND_MANAGEMENT.includesAnyOf(Set.of("field-office", "recommendations-editor"))).isFalse();
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonSettings().customize(mapper);
        return mapper;
    }
}
