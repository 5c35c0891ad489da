package dev.pitlane.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list: {@code {items, page:{number,size,totalElements,totalPages}}}, and
 * {@code totalElementsIsLowerBound: true} when the list stopped counting (see {@link #ofCounted}).
 */
public record PageResponse<T>(List<T> items, PageInfo page) {

    /** @param totalElementsIsLowerBound true when there are at least {@code totalElements}; absent when exact */
    public record PageInfo(int number, int size, long totalElements, int totalPages,
                           Boolean totalElementsIsLowerBound) {
    }

    public static <T> PageResponse<T> of(List<T> items, PageQuery query, long total) {
        return new PageResponse<>(items, info(query, total, false));
    }

    /**
     * A page of a list counted only up to {@code countLimit}: a search that matches a large part of a big table
     * says "at least this many" instead of counting every match on every keystroke.
     */
    public static <T> PageResponse<T> ofCounted(List<T> items, PageQuery query, long counted, long countLimit) {
        return new PageResponse<>(items, info(query, counted, counted >= countLimit));
    }

    private static PageInfo info(PageQuery query, long total, boolean lowerBound) {
        int pages = (int) ((total + query.size() - 1) / query.size());
        return new PageInfo(query.page(), query.size(), total, pages, lowerBound ? Boolean.TRUE : null);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page);
    }
}
