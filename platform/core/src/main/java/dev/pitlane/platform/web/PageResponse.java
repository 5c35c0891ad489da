package dev.pitlane.platform.web;

import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code {items, page:{number,size,totalElements,totalPages}}}. */
public record PageResponse<T>(List<T> items, PageInfo page) {

    public record PageInfo(int number, int size, long totalElements, int totalPages) {
    }

    public static <T> PageResponse<T> of(List<T> items, PageQuery query, long total) {
        int pages = (int) ((total + query.size() - 1) / query.size());
        return new PageResponse<>(items, new PageInfo(query.page(), query.size(), total, pages));
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page);
    }
}
