package org.ohchr.uprfund.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.gateway.IatiSchemas;
import org.w3c.dom.Document;

/** The IATI examples of the API document are files a reader can take as they are: valid against IATI's schemas. */
class IatiExamplesTest {

    @Test
    void activityExampleIsAValidActivityFile() {
        Document file = IatiSchemas.valid(IatiSchemas.ACTIVITIES, IatiExamples.ACTIVITIES);

        assertEquals(2, IatiSchemas.nodes(file, "/iati-activities/iati-activity").size());
    }

    @Test
    void organisationExampleIsAValidOrganisationFile() {
        Document file = IatiSchemas.valid(IatiSchemas.ORGANISATIONS, IatiExamples.ORGANISATION);

        assertEquals("XM-DAC-41313", IatiSchemas.text(file, "/iati-organisations/iati-organisation/organisation-identifier"));
    }

    @Test
    void exampleWithAnElementOutOfOrderIsRefused() {
        String broken = IatiExamples.ACTIVITIES.replaceFirst("(?s)(<activity-status code=\"2\"/>)(\\s*)(<activity-date[^>]*/>)", "$3$2$1");

        try {
            IatiSchemas.valid(IatiSchemas.ACTIVITIES, broken);
        } catch (AssertionError refused) {
            return;
        }
        throw new AssertionError("An activity-date before activity-status was accepted: the schema is not applied");
    }
}
