package org.ohchr.uprfund.contributions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

class PeriodTest {

    @Test
    void aYearOrABienniumIsAPeriod() {
        assertThat(Period.parse("period", "2020")).isEqualTo(Period.year(2020));
        assertThat(Period.parse("period", "2016-2017")).isEqualTo(new Period(2016, 2017));
        assertThat(Period.parse("period", " 2018 ").toString()).isEqualTo("2018");
        assertThat(new Period(2008, 2009).toString()).isEqualTo("2008-2009");
        assertThat(new Period(2008, 2009).isBiennium()).isTrue();
    }

    @Test
    void theSecondYearOfABienniumFollowsTheFirst() {
        for (String text : List.of("2016-2018", "2017-2016", "2016-2016x", "16-17", "2020-", "twenty", "", "2016/2017")) {
            assertThatThrownBy(() -> Period.parse("period", text)).as(text)
                    .isInstanceOf(InvalidFieldException.class)
                    .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("period"));
        }
        assertThatThrownBy(() -> Period.parse("period", null)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> Period.parse("period", "2016-2016")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("first plus one");
    }

    @Test
    void yearsOutsideTheFundsLifetimeAreTypingMistakes() {
        assertThatThrownBy(() -> Period.parse("period", "1020")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> Period.parse("period", "2100-2101")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void periodsAreOrderedAsTable2ListsThem() {
        List<Period> sorted = Stream.of("2020", "2016-2017", "2018", "2008-2009", "2019").map(text -> Period.parse("p", text))
                .sorted().toList();
        assertThat(sorted).extracting(Period::toString).containsExactly("2008-2009", "2016-2017", "2018", "2019", "2020");
        assertThat(Period.parse("p", "2016-2017").within(new Period(2016, 2017))).isTrue();
        assertThat(Period.year(2017).within(new Period(2016, 2017))).isTrue();
        assertThat(new Period(2016, 2017).within(Period.year(2017))).isFalse();
    }
}
