package org.ohchr.uprfund.contributions.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void changeWithoutIfMatchNeedsOne() {
        assertThatThrownBy(() -> Preconditions.requireCurrentVersion(null, 3))
                .isInstanceOf(Preconditions.PreconditionRequiredException.class);
        assertThatThrownBy(() -> Preconditions.requireCurrentVersion(" ", 3))
                .isInstanceOf(Preconditions.PreconditionRequiredException.class);
    }

    @Test
    void staleVersionFails() {
        assertThatThrownBy(() -> Preconditions.requireCurrentVersion("\"2\"", 3))
                .isInstanceOf(Preconditions.PreconditionFailedException.class)
                .hasMessageContaining("\"3\"");
    }

    @Test
    void currentVersionQuotedWeakOrInAListPasses() {
        assertThatCode(() -> Preconditions.requireCurrentVersion("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireCurrentVersion("W/\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireCurrentVersion("\"1\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireCurrentVersion("*", 3)).doesNotThrowAnyException();
    }
}
