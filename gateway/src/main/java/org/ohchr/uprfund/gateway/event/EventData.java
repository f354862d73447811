package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;
import org.ohchr.uprfund.platform.json.CalendarDates;
import org.ohchr.uprfund.platform.json.StorableText;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads an event's data strictly, as the producers' schemas and the suite's event contracts define it: every property
 * present (a nullable one as null), of its type, within its range; money a string with exactly two decimals; UUIDs in
 * lower case; dates {@code YYYY-MM-DD} within 1900-9999; text PostgreSQL can store. Properties it is not asked for are
 * ignored, since a producer may add some. Any breach is an {@link EventRejectedException} of kind SCHEMA naming the
 * property, and the event is parked.
 */
public final class EventData {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** US dollars: exactly two decimals, at most 18 digits before the point (the read model keeps 20). */
    private static final Pattern USD = Pattern.compile("-?[0-9]{1,18}\\.[0-9]{2}");
    private static final Pattern CURRENCY_AMOUNT = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,4})?");
    private static final Pattern RATE = Pattern.compile("[0-9]{1,18}(\\.[0-9]{1,10})?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-[0-9]{4})?");
    /** Longest text the read model takes from an event, in characters: more than any producer allows. */
    static final int MAX_TEXT = 20_000;
    /** Longest list the read model takes from an event. */
    static final int MAX_ITEMS = 1_000;

    private final String event;
    private final JsonNode data;

    private EventData(String event, JsonNode data) {
        this.event = event;
        this.data = data;
    }

    public static EventData of(CloudEventEnvelope envelope) {
        return new EventData(envelope.name(), envelope.data());
    }

    /** True when the data has the property (null or not). */
    public boolean has(String name) {
        return data.has(name);
    }

    /** The data of a nested object, such as {@code reconciliation}; null when the property is null. */
    public EventData objectOrNull(String name) {
        JsonNode node = present(name);
        if (node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw wrong(name, "must be an object or null");
        }
        return new EventData(event + "." + name, node);
    }

    public UUID uuid(String name) {
        return uuidOf(name, nonNull(name));
    }

    public UUID uuidOrNull(String name) {
        JsonNode node = present(name);
        return node.isNull() ? null : uuidOf(name, node);
    }

    public String text(String name, int maxLength) {
        String text = textOf(name, nonNull(name), maxLength);
        if (text.isBlank()) {
            throw wrong(name, "must not be blank");
        }
        return text;
    }

    public String textOrNull(String name, int maxLength) {
        JsonNode node = present(name);
        return node.isNull() ? null : textOf(name, node, maxLength);
    }

    /** US dollars: a string with exactly two decimals, such as {@code "5647.59"} or {@code "-5647.59"}. */
    public BigDecimal usd(String name) {
        return decimal(name, nonNull(name), USD, "must be a string holding US dollars with exactly two decimals, such as \"5647.59\"");
    }

    public BigDecimal positiveUsd(String name) {
        return requireSign(name, usd(name), 1, "must be greater than zero");
    }

    public BigDecimal negativeUsd(String name) {
        return requireSign(name, usd(name), -1, "must be less than zero");
    }

    public BigDecimal usdNotNegative(String name) {
        BigDecimal amount = usd(name);
        if (amount.signum() < 0) {
            throw wrong(name, "must not be negative");
        }
        return amount;
    }

    public BigDecimal usdNotPositive(String name) {
        BigDecimal amount = usd(name);
        if (amount.signum() > 0) {
            throw wrong(name, "must not be positive");
        }
        return amount;
    }

    /** An amount in its currency: a string with up to four decimals. */
    public BigDecimal currencyAmount(String name) {
        return decimal(name, nonNull(name), CURRENCY_AMOUNT, "must be a string holding an amount with up to four decimals");
    }

    /** US dollars per unit of a currency: a string with up to ten decimals, greater than zero. */
    public BigDecimal rate(String name) {
        return requireSign(name, decimal(name, nonNull(name), RATE, "must be a string holding a rate with up to ten decimals"), 1,
                "must be greater than zero");
    }

    public String currency(String name) {
        return matching(name, ISO3, "must be an ISO 4217 code of three capital letters");
    }

    /** A State: ISO 3166-1 alpha-3, three capital letters. */
    public String iso3(String name) {
        return matching(name, ISO3, "must be an ISO 3166-1 alpha-3 code of three capital letters");
    }

    public String iso3OrNull(String name) {
        return present(name).isNull() ? null : iso3(name);
    }

    /** A Table 2 period: a year (2020) or a biennium whose second year follows the first (2016-2017). */
    public String period(String name) {
        String period = matching(name, PERIOD, "must be a year (2020) or a biennium (2016-2017)");
        if (period.length() > 4 && Integer.parseInt(period.substring(5)) != Integer.parseInt(period.substring(0, 4)) + 1) {
            throw wrong(name, "must be a biennium whose second year follows the first");
        }
        return period;
    }

    public String periodOrNull(String name) {
        return present(name).isNull() ? null : period(name);
    }

    public LocalDate date(String name) {
        return dateOf(name, nonNull(name));
    }

    public LocalDate dateOrNull(String name) {
        JsonNode node = present(name);
        return node.isNull() ? null : dateOf(name, node);
    }

    public Instant instant(String name) {
        JsonNode node = nonNull(name);
        if (!node.isTextual()) {
            throw wrong(name, "must be an ISO 8601 timestamp");
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw wrong(name, "must be an ISO 8601 timestamp");
        }
    }

    public <E extends Enum<E>> E constant(String name, Class<E> type) {
        JsonNode node = nonNull(name);
        if (node.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(node.asText())) {
                    return constant;
                }
            }
        }
        throw wrong(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    public <E extends Enum<E>> E constantOrNull(String name, Class<E> type) {
        return present(name).isNull() ? null : constant(name, type);
    }

    public int integer(String name, int min, int max) {
        JsonNode node = nonNull(name);
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            throw wrong(name, "must be a whole number from " + min + " to " + max);
        }
        return node.asInt();
    }

    public Integer integerOrNull(String name, int min, int max) {
        return present(name).isNull() ? null : integer(name, min, max);
    }

    public boolean bool(String name) {
        JsonNode node = nonNull(name);
        if (!node.isBoolean()) {
            throw wrong(name, "must be true or false");
        }
        return node.asBoolean();
    }

    public List<UUID> uuids(String name) {
        return list(name, (item) -> uuidOf(name + "[]", item));
    }

    public List<Integer> integers(String name, int min, int max) {
        return list(name, item -> {
            if (!item.isIntegralNumber() || !item.canConvertToInt() || item.asInt() < min || item.asInt() > max) {
                throw wrong(name + "[]", "must be whole numbers from " + min + " to " + max);
            }
            return item.asInt();
        });
    }

    public List<String> texts(String name, int maxLength) {
        return list(name, item -> textOf(name + "[]", item, maxLength));
    }

    public List<String> iso3s(String name) {
        return list(name, item -> {
            String code = textOf(name + "[]", item, 3);
            if (!ISO3.matcher(code).matches()) {
                throw wrong(name + "[]", "must be ISO 3166-1 alpha-3 codes of three capital letters");
            }
            return code;
        });
    }

    /** Each item of a list of objects, read by {@code item}. */
    public <T> List<T> objects(String name, Function<EventData, T> item) {
        return list(name, node -> {
            if (!node.isObject()) {
                throw wrong(name + "[]", "must be objects");
            }
            return item.apply(new EventData(event + "." + name + "[]", node));
        });
    }

    /** A decimal held in a string, or null: such as an indicator's baseline {@code "12.5"}. */
    public String decimalTextOrNull(String name) {
        JsonNode node = present(name);
        if (node.isNull()) {
            return null;
        }
        if (!node.isTextual() || !node.asText().matches("-?[0-9]{1,30}(\\.[0-9]{1,10})?")) {
            throw wrong(name, "must be a string holding a decimal number, or null");
        }
        return node.asText();
    }

    private <T> List<T> list(String name, Function<JsonNode, T> item) {
        JsonNode node = nonNull(name);
        if (!node.isArray()) {
            throw wrong(name, "must be a list");
        }
        if (node.size() > MAX_ITEMS) {
            throw wrong(name, "must not hold more than " + MAX_ITEMS + " items");
        }
        List<T> items = new ArrayList<>(node.size());
        node.forEach(element -> items.add(item.apply(element)));
        return List.copyOf(items);
    }

    private JsonNode present(String name) {
        JsonNode node = data.get(name);
        if (node == null) {
            throw wrong(name, "is missing");
        }
        return node;
    }

    private JsonNode nonNull(String name) {
        JsonNode node = present(name);
        if (node.isNull()) {
            throw wrong(name, "must not be null");
        }
        return node;
    }

    private UUID uuidOf(String name, JsonNode node) {
        if (!node.isTextual() || !UUID_TEXT.matcher(node.asText()).matches()) {
            throw wrong(name, "must be a UUID in lower case");
        }
        return UUID.fromString(node.asText());
    }

    private String textOf(String name, JsonNode node, int maxLength) {
        if (!node.isTextual()) {
            throw wrong(name, "must be text");
        }
        String text = node.asText();
        if (text.length() > Math.min(maxLength, MAX_TEXT)) {
            throw wrong(name, "must not be longer than " + Math.min(maxLength, MAX_TEXT) + " characters");
        }
        String problem = StorableText.problemWith(text);
        if (problem != null) {
            throw wrong(name, problem);
        }
        return text;
    }

    private String matching(String name, Pattern pattern, String message) {
        JsonNode node = nonNull(name);
        if (!node.isTextual() || !pattern.matcher(node.asText()).matches()) {
            throw wrong(name, message);
        }
        return node.asText();
    }

    private BigDecimal decimal(String name, JsonNode node, Pattern pattern, String message) {
        if (!node.isTextual() || !pattern.matcher(node.asText()).matches()) {
            throw wrong(name, message);
        }
        return new BigDecimal(node.asText());
    }

    private LocalDate dateOf(String name, JsonNode node) {
        if (!node.isTextual() || !DATE.matcher(node.asText()).matches()) {
            throw wrong(name, "must be a date such as 2020-12-31");
        }
        try {
            LocalDate date = LocalDate.parse(node.asText());
            if (!CalendarDates.isKept(date)) {
                throw wrong(name, CalendarDates.RANGE_MESSAGE);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw wrong(name, "must be a date such as 2020-12-31");
        }
    }

    private BigDecimal requireSign(String name, BigDecimal amount, int sign, String message) {
        if (amount.signum() != sign) {
            throw wrong(name, message);
        }
        return amount;
    }

    private EventRejectedException wrong(String name, String message) {
        return EventRejectedException.schema(event + ": data." + name + " " + message);
    }
}
