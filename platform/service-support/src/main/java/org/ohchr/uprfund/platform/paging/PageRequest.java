package org.ohchr.uprfund.platform.paging;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * Which page of a list is asked for: {@code page} counts from 0, {@code size} items each. A page past the end is
 * empty; a page whose first item lies beyond what a list can hold is refused, naming {@code page}.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new InvalidFieldException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidFieldException("size", "must be from 1 to " + MAX_SIZE);
        }
        if ((long) page * size + size > Integer.MAX_VALUE) {
            throw new InvalidFieldException("page", "is too far: (page + 1) x size must not exceed " + Integer.MAX_VALUE);
        }
    }

    /** Index of the page's first item in the whole list. */
    public int offset() {
        return page * size;
    }
}
