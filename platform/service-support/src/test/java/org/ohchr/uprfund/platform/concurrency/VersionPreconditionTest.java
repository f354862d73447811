package org.ohchr.uprfund.platform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

class VersionPreconditionTest {

    @Test
    void changeWithoutIfMatchNeedsOne() {
        assertThatThrownBy(() -> VersionPrecondition.ofIfMatch(null).requireCurrent(3))
                .isInstanceOf(VersionPrecondition.PreconditionRequiredException.class);
        assertThatThrownBy(() -> VersionPrecondition.ofIfMatch(" ").requireCurrent(3))
                .isInstanceOf(VersionPrecondition.PreconditionRequiredException.class);
    }

    @Test
    void anyVersionIsNoVersionAndNeedsTheOneRead() {
        assertThatThrownBy(() -> VersionPrecondition.ofIfMatch("*").requireCurrent(3))
                .isInstanceOf(VersionPrecondition.PreconditionRequiredException.class)
                .hasMessageContaining("names no version");
        assertThatThrownBy(() -> VersionPrecondition.ofIfMatch(" * ").requireCurrent(0))
                .isInstanceOf(VersionPrecondition.PreconditionRequiredException.class);
    }

    @Test
    void staleVersionFails() {
        assertThatThrownBy(() -> VersionPrecondition.ofIfMatch("\"2\"").requireCurrent(3))
                .isInstanceOf(VersionPrecondition.PreconditionFailedException.class)
                .hasMessageContaining("\"3\"");
        assertThatThrownBy(() -> VersionPrecondition.ofIfMatch("\"03\"").requireCurrent(3))
                .isInstanceOf(VersionPrecondition.PreconditionFailedException.class);
    }

    @Test
    void weakTagNeverMatchesEvenOfTheCurrentVersion() {
        assertThatThrownBy(() -> VersionPrecondition.ofIfMatch("W/\"3\"").requireCurrent(3))
                .isInstanceOf(VersionPrecondition.PreconditionFailedException.class)
                .hasMessageContaining("weak");
        assertThatThrownBy(() -> VersionPrecondition.ofIfMatch("W/\"0\"").requireCurrent(0))
                .isInstanceOf(VersionPrecondition.PreconditionFailedException.class);
    }

    @Test
    void anythingButOneEntityTagIsAMalformedHeader() {
        List<String> malformed = List.of("3", "0", "'3'", "\"3", "3\"", "w/\"3\"", "W/3", "\"3\", \"4\"", "\"1\", \"3\"", "\"3\" *",
                "\"3\"\"", "\"3 \"", "\"\u00e93\"", "\"3\u0000\"", "\"3\r\nX-Injected: 1\"", "\"" + "3".repeat(VersionPrecondition.MAX_LENGTH) + "\"",
                "\"" + "9".repeat(10 * 1024) + "\"");
        for (String value : malformed) {
            assertThatThrownBy(() -> VersionPrecondition.ofIfMatch(value), value)
                    .isInstanceOfSatisfying(InvalidFieldException.class, refused -> assertThat(refused.field()).isEqualTo("If-Match"));
        }
    }

    @Test
    void onlyTheCurrentStrongTagPasses() {
        assertThatCode(() -> VersionPrecondition.ofIfMatch("\"3\"").requireCurrent(3)).doesNotThrowAnyException();
        assertThatCode(() -> VersionPrecondition.ofIfMatch("  \"3\" ").requireCurrent(3)).doesNotThrowAnyException();
        assertThatCode(() -> VersionPrecondition.ofIfMatch("\"" + VersionPrecondition.etagOf(Long.MAX_VALUE) + "\"")
                .requireCurrent(Long.MAX_VALUE)).doesNotThrowAnyException();
    }
}
