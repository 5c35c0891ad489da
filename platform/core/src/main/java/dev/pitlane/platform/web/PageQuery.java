package dev.pitlane.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ?page=&size=&sort=} of a list endpoint, checked: the size has a ceiling and only the fields the endpoint
 * allows can be sorted on, so a client can neither ask for a million rows nor sort on an unindexed column.
 * {@code sort} is {@code field} or {@code field,desc}; several may be given.
 */
public record PageQuery(int page, int size, List<Sort> sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public record Sort(String column, boolean descending) {
        public String sql() {
            return column + (descending ? " DESC" : " ASC");
        }
    }

    /**
     * @param allowedSorts API field name → SQL column (a fixed map: the column text goes into SQL)
     * @param defaultSort  used when the client gives none
     */
    public static PageQuery of(Integer page, Integer size, List<String> sort, Map<String, String> allowedSorts,
                               Sort defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ApiException.badField("page", "Min", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.badField("size", "Range", "must be between 1 and " + MAX_SIZE);
        }
        List<Sort> sorts = new ArrayList<>();
        if (sort != null) {
            // Spring splits "?sort=name,desc" into ["name", "desc"]; a direction applies to the field before it
            for (String spec : sort) {
                for (String token : spec == null ? new String[0] : spec.split(",")) {
                    String t = token.trim();
                    if (t.isEmpty()) {
                        continue;
                    }
                    if (t.equalsIgnoreCase("asc") || t.equalsIgnoreCase("desc")) {
                        if (sorts.isEmpty()) {
                            throw ApiException.badField("sort", "Direction", "a direction must follow a field");
                        }
                        Sort last = sorts.remove(sorts.size() - 1);
                        sorts.add(new Sort(last.column(), t.equalsIgnoreCase("desc")));
                        continue;
                    }
                    String column = allowedSorts.get(t);
                    if (column == null) {
                        throw ApiException.badField("sort", "NotSortable",
                                "can sort by " + String.join(", ", new java.util.TreeSet<>(allowedSorts.keySet())));
                    }
                    sorts.add(new Sort(column, false));
                }
            }
        }
        if (sorts.isEmpty() && defaultSort != null) {
            sorts.add(defaultSort);
        }
        return new PageQuery(p, s, List.copyOf(sorts));
    }

    public long offset() {
        return (long) page * size;
    }

    /** {@code ORDER BY ...} with {@code tieBreaker} last, so pages are stable. */
    public String orderBy(String tieBreaker) {
        List<String> parts = new ArrayList<>();
        sort.forEach(s -> parts.add(s.sql()));
        parts.add(tieBreaker);
        return " ORDER BY " + String.join(", ", parts);
    }
}
