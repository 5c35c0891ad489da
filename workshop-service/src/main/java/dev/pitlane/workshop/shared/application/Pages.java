package dev.pitlane.workshop.shared.application;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.function.Function;

/** The platform's page request and answer, for Spring Data repositories (sort columns are entity properties). */
public final class Pages {

    private Pages() {
    }

    public static Pageable pageable(PageQuery query, String tieBreaker) {
        Sort sort = Sort.unsorted();
        for (PageQuery.Sort s : query.sort()) {
            sort = sort.and(Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.column()));
        }
        return PageRequest.of(query.page(), query.size(), sort.and(Sort.by(tieBreaker)));
    }

    public static <E, V> PageResponse<V> response(Page<E> page, PageQuery query, Function<E, V> view) {
        return PageResponse.of(page.getContent().stream().map(view).toList(), query, page.getTotalElements());
    }
}
