package dev.pitlane.billing.receivable.application;

import dev.pitlane.gst.Rupees;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ReceivablesService {

    private final ReceivableQueries queries;
    private final Clock clock;

    ReceivablesService(ReceivableQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReceivablesAgeing ageing(LocalDate asOf, UUID customerId) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<CustomerAgeing> rows = queries.ageing(day, customerId);
        return new ReceivablesAgeing(day, rows, new CustomerAgeing(null,
                rows.stream().mapToInt(CustomerAgeing::openInvoices).sum(), sum(rows, CustomerAgeing::days0To30),
                sum(rows, CustomerAgeing::days31To60), sum(rows, CustomerAgeing::days61To90),
                sum(rows, CustomerAgeing::over90Days), sum(rows, CustomerAgeing::totalDue),
                sum(rows, CustomerAgeing::advances)));
    }

    private static BigDecimal sum(List<CustomerAgeing> rows, Function<CustomerAgeing, BigDecimal> amount) {
        return rows.stream().map(amount).reduce(Rupees.ZERO, BigDecimal::add);
    }
}
