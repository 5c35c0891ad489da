package dev.pitlane.reporting.stock.application;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.reporting.stock.persistence.StockReportQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Stock reports of the caller's organization, from read model "stock". */
@Service
@Transactional(readOnly = true)
public class StockReports {

    /** Longest period a movement report covers at once (the rows are per day; a year is at most 366 of them). */
    private static final int MAX_DAYS = 3 * 366;

    private final StockReportQueries queries;
    private final Clock clock;

    StockReports(StockReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public StockMovementReport movements(LocalDate from, LocalDate to, UUID itemId, UUID locationId,
                                         Granularity granularity, PageQuery page) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        if (start.isAfter(end)) {
            throw DomainException.invalidField("from", "Order", "must not be after to");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw DomainException.invalidField("to", "Range", "at most " + MAX_DAYS + " days after from");
        }
        return queries.movements(start, end, itemId, locationId, granularity, page);
    }

    public StockValuation valuation(UUID locationId) {
        return queries.valuation(locationId);
    }

    public PageResponse<StockPositionRow> positions(UUID itemId, UUID locationId, boolean lowOnly, PageQuery page) {
        return queries.positions(itemId, locationId, lowOnly, page);
    }

    /** Movements posted today (business day), for the dashboard. */
    public long movementsToday(UUID locationId) {
        return queries.movementsOn(LocalDate.now(clock), locationId);
    }
}
