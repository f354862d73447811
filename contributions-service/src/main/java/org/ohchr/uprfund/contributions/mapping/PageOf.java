package org.ohchr.uprfund.contributions.mapping;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in a stable order; {@code total} counts every item matching the filters. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
