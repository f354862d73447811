package org.ohchr.uprfund.platform.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list, in a stable order; {@code total} counts every item matching the filters. */
@Schema(name = "Page", description = "One page of a list, in a stable order")
public record Page<T>(
        @Schema(description = "The items of this page; empty past the end") List<T> items,
        @Schema(description = "Which page, from 0", examples = "0") int page,
        @Schema(description = "Items per page asked for", examples = "20") int size,
        @Schema(description = "Every item matching the filters, on all pages", examples = "44") long total) {

    /** The requested page of a Panache query, and the query's count. */
    public static <T> Page<T> of(PanacheQuery<T> query, PageRequest request) {
        List<T> items = query.range(request.offset(), request.offset() + request.size() - 1).list();
        return new Page<>(items, request.page(), request.size(), query.count());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** The same page with other items, such as views of these: the count stays. */
    public <R> Page<R> with(List<R> otherItems) {
        return new Page<>(otherItems, page, size, total);
    }
}
