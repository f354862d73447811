package org.ohchr.uprfund.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** What the services' JSON settings accept and refuse, and how fast. */
class JsonSettingsTest {

    record Entry(BigDecimal amount, String note, LocalDate date) {
    }

    private final ObjectMapper json = configured();

    @Test
    void ordinaryValuesAreRead() throws JsonProcessingException {
        Entry entry = json.readValue("{\"amount\": 346597.13, \"note\": \"Table 1 \uD83D\uDCB0\", \"date\": \"2020-12-31\"}", Entry.class);

        assertThat(entry.amount()).isEqualTo(new BigDecimal("346597.13"));
        assertThat(entry.note()).isEqualTo("Table 1 \uD83D\uDCB0");
        assertThat(json.readValue("{\"amount\": \"1000.50\"}", Entry.class).amount()).isEqualTo(new BigDecimal("1000.50"));
        assertThat(json.writeValueAsString(new Entry(new BigDecimal("1E+3"), null, null))).contains("\"amount\":1000");
    }

    @Test
    void absurdNumbersAreRefusedBeforeAnyArithmetic() {
        for (String number : new String[] { "1e600000000", "1e60000000", "1e-60000000", "\"1e60000000\"", "1" + "0".repeat(31) }) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> json.readValue("{\"amount\": " + number + "}", Entry.class))
                    .as(number).isInstanceOf(RefusedValueException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(number).isLessThan(Duration.ofMillis(500));
        }
    }

    @Test
    void textTheDatabaseCannotStoreIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"note\": \"a\\u0000b\"}", Entry.class)).isInstanceOf(RefusedValueException.class);
        assertThatThrownBy(() -> json.readValue("{\"note\": \"\\ud800\"}", Entry.class)).isInstanceOf(RefusedValueException.class);
        assertThatThrownBy(() -> json.readValue("{\"note\": \"\\udc00x\"}", Entry.class)).isInstanceOf(RefusedValueException.class);
    }

    @Test
    void unknownRepeatedAndWronglyTypedPropertiesAreRefused() {
        assertThatThrownBy(() -> json.readValue("{\"amuont\": 1}", Entry.class)).isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> json.readValue("{\"note\": \"a\", \"note\": \"b\"}", Entry.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> json.readValue("{\"note\": 12}", Entry.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> json.readValue("{\"note\": \"a\"} {}", Entry.class)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void datesOutsideTheYearsKeptAreRefused() {
        assertThatThrownBy(() -> json.readValue("{\"date\": \"0001-01-01\"}", Entry.class)).isInstanceOf(RefusedValueException.class);
        assertThatThrownBy(() -> json.readValue("{\"date\": \"+10000-01-01\"}", Entry.class)).isInstanceOf(RefusedValueException.class);
    }

    @Test
    void nestingIsBounded() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThatThrownBy(() -> json.readTree(deep)).isInstanceOf(JsonProcessingException.class);
    }

    private static ObjectMapper configured() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonSettings().customize(mapper);
        return mapper;
    }
}
