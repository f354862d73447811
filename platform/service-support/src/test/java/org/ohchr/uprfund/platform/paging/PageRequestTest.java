package org.ohchr.uprfund.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

class PageRequestTest {

    @Test
    void aPageStartsAtItsOffset() {
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
        assertThat(new PageRequest(0, 200).offset()).isZero();
    }

    @Test
    void aPageWhoseItemsLieBeyondWhatAListCanHoldIsRefusedNamingPage() {
        assertThatThrownBy(() -> new PageRequest(10737419, 200)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("page");
        assertThat(new PageRequest(Integer.MAX_VALUE / 200 - 1, 200).offset()).isPositive();
    }

    @Test
    void sizeAndPageAreBounded() {
        assertThatThrownBy(() -> new PageRequest(-1, 20)).extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("page");
        assertThatThrownBy(() -> new PageRequest(0, 0)).extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("size");
        assertThatThrownBy(() -> new PageRequest(0, 201)).extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("size");
    }

    @Test
    void aRangeMayBeOpenButNotReversed() {
        assertThat(DateRange.of(null, LocalDate.of(2020, 12, 31)).isOpen()).isFalse();
        assertThat(DateRange.of(null, null).isOpen()).isTrue();
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 31)))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("to");
    }
}
