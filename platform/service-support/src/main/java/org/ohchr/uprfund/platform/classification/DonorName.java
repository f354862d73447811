package org.ohchr.uprfund.platform.classification;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A donor's name in a read, written as a JSON string. The names of States and organisations are public (a donor report
 * prints them); a private individual's is personal data, which only the {@link Audience#FUND_MANAGEMENT} roles read:
 * anyone else reads {@value #PRIVATE_DONOR}. API records use it where they show a donor's name, with
 * {@code @Schema(implementation = String.class)} and {@link VisibleTo#PRIVATE_DONOR_NAME}.
 *
 * @param name the name as registered
 * @param privateIndividual whether the donor is a private individual
 */
@JsonSerialize(using = DonorName.Writer.class)
public record DonorName(String name, boolean privateIndividual) {

    /** What anyone outside the audience reads for a private individual's name. */
    public static final String PRIVATE_DONOR = "Private donor";

    /** A donor's name by its kind, as the donor contract spells it ({@code STATE}, {@code ORGANISATION}, {@code PRIVATE}). */
    public static DonorName of(String name, String kind) {
        return name == null ? null : new DonorName(name, "PRIVATE".equals(kind));
    }

    /** The name as anyone may read it: a private individual's replaced. */
    public String forAnyone() {
        return privateIndividual ? PRIVATE_DONOR : name;
    }

    /** Read back as shown, by a client of the API (a test); the kind is not in the text. */
    @JsonCreator
    static DonorName shown(String text) {
        return new DonorName(text, false);
    }

    static final class Writer extends StdSerializer<DonorName> {

        Writer() {
            super(DonorName.class);
        }

        @Override
        public void serialize(DonorName donor, JsonGenerator generator, SerializerProvider provider) throws IOException {
            boolean shown = !donor.privateIndividual || ClassifiedFields.writtenFor(Audience.FUND_MANAGEMENT, provider);
            generator.writeString(shown ? donor.name : PRIVATE_DONOR);
        }
    }
}
