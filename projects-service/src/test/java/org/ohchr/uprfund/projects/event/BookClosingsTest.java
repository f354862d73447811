package org.ohchr.uprfund.projects.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;
import org.ohchr.uprfund.platform.inbox.RejectedEventException;
import org.ohchr.uprfund.platform.inbox.RejectedEventException.Rejection;
import org.ohchr.uprfund.projects.domain.BookClosing;

import com.fasterxml.jackson.databind.ObjectMapper;

/** How an event of fund.contributions.v1 is read: a closing, another event, or a closing without what it must say. */
class BookClosingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aYearClosedClosesThroughItsLastDay() {
        UUID id = UUID.randomUUID();
        BookClosing closing = BookClosings.read(envelope(id, BookClosings.YEAR_CLOSED,
                "{\"year\": 2019, \"closedThrough\": \"2019-12-31\", \"note\": null, \"closedAt\": \"2021-03-01T10:00:00Z\"}")).orElseThrow();
        assertThat(closing.eventId()).isEqualTo(id);
        assertThat(closing.closedThrough()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(closing.year()).isEqualTo(2019);
        assertThat(closing.balanceDate()).isNull();
    }

    @Test
    void aBalanceCarriedForwardClosesTheDayBeforeItsDate() {
        BookClosing closing = BookClosings.read(envelope(UUID.randomUUID(), BookClosings.BALANCE_CARRIED_FORWARD,
                "{\"balanceId\": \"" + UUID.randomUUID() + "\", \"balanceDate\": \"2020-01-01\", \"amountUsd\": \"2352992.80\","
                        + " \"source\": \"s\", \"reference\": null, \"recordedAt\": \"2021-03-01T10:00:00Z\", \"addedLater\": 1}")).orElseThrow();
        assertThat(closing.closedThrough()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(closing.balanceDate()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void otherTypesAreNotClosings() {
        assertThat(BookClosings.read(envelope(UUID.randomUUID(), "org.ohchr.uprfund.contributions.DonorRegistered", "{}"))).isEmpty();
    }

    @Test
    void closingsWithoutTheirDatesBreakTheSchema() {
        for (CloudEventEnvelope event : new CloudEventEnvelope[] {
                envelope(UUID.randomUUID(), BookClosings.YEAR_CLOSED, "{\"year\": \"2019\", \"closedThrough\": \"2019-12-31\"}"),
                envelope(UUID.randomUUID(), BookClosings.YEAR_CLOSED, "{\"year\": 2019, \"closedThrough\": \"2019-06-30\"}"),
                envelope(UUID.randomUUID(), BookClosings.BALANCE_CARRIED_FORWARD, "{\"balanceDate\": \"01/01/2020\"}"),
                envelope(UUID.randomUUID(), BookClosings.BALANCE_CARRIED_FORWARD, "{}"),
                envelope(UUID.randomUUID(), BookClosings.BALANCE_CARRIED_FORWARD, "{\"balanceDate\": \"0001-01-01\"}") }) {
            assertThatThrownBy(() -> BookClosings.read(event)).as(event.data().toString())
                    .isInstanceOfSatisfying(RejectedEventException.class, e -> assertThat(e.rejection()).isEqualTo(Rejection.SCHEMA));
        }
    }

    private static CloudEventEnvelope envelope(UUID id, String type, String data) {
        return CloudEventEnvelope.parse(("{\"specversion\": \"1.0\", \"id\": \"" + id + "\", \"source\": \"/upr-fund/contributions-service\", \"type\": \"" + type
                + "\", \"subject\": \"s\", \"time\": \"2021-03-01T10:00:00.123Z\", \"datacontenttype\": \"application/json\", \"data\": "
                + data + "}").getBytes(StandardCharsets.UTF_8), JSON);
    }
}
