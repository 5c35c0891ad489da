package dev.pitlane.platform.web;

import java.util.List;
import java.util.function.Function;

/** A slice of a keyset-paged feed: {@code {items, next}}; {@code next} is null on the last slice. */
public record CursorPage<T>(List<T> items, String next) {

    /**
     * @param fetched    rows read with {@code LIMIT limit + 1}
     * @param limit      what the client asked for
     * @param cursorOf   the cursor that points after a row
     */
    public static <T> CursorPage<T> of(List<T> fetched, int limit, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= limit) {
            return new CursorPage<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new CursorPage<>(List.copyOf(items), cursorOf.apply(items.get(limit - 1)).encode());
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), next);
    }
}
