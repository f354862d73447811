package org.ohchr.uprfund.platform.concurrency;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionPreconditionTest {

    @Test
    void changeWithoutIfMatchNeedsOne() {
        assertThatThrownBy(() -> VersionPrecondition.ofIfMatch(null).requireCurrent(3))
                .isInstanceOf(VersionPrecondition.PreconditionRequiredException.class);
        assertThatThrownBy(() -> VersionPrecondition.ofIfMatch(" ").requireCurrent(3))
                .isInstanceOf(VersionPrecondition.PreconditionRequiredException.class);
    }

    @Test
    void staleVersionFails() {
        assertThatThrownBy(() -> VersionPrecondition.ofIfMatch("\"2\"").requireCurrent(3))
                .isInstanceOf(VersionPrecondition.PreconditionFailedException.class)
                .hasMessageContaining("\"3\"");
    }

    @Test
    void currentVersionQuotedWeakOrInAListPasses() {
        assertThatCode(() -> VersionPrecondition.ofIfMatch("\"3\"").requireCurrent(3)).doesNotThrowAnyException();
        assertThatCode(() -> VersionPrecondition.ofIfMatch("W/\"3\"").requireCurrent(3)).doesNotThrowAnyException();
        assertThatCode(() -> VersionPrecondition.ofIfMatch("\"1\", \"3\"").requireCurrent(3)).doesNotThrowAnyException();
        assertThatCode(() -> VersionPrecondition.ofIfMatch("*").requireCurrent(3)).doesNotThrowAnyException();
    }
}
