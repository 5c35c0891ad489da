package dev.pitlane.inventory.stock.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the deltas postings appended to totals_pending into the per-location totals (value per day, item counts),
 * so that postings never queue on a shared row and the pending table stays small. Readers sum both, so folding
 * changes no answer.
 */
@Component
public class TotalsFolding {

    private static final Logger log = LoggerFactory.getLogger(TotalsFolding.class);
    private static final int BATCH = 20_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public TotalsFolding(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${inventory.totals-fold-interval:2s}")
    public void run() {
        try {
            foldAll();
        } catch (RuntimeException e) {
            log.warn("Folding location totals failed, will retry: {}", e.toString());
        }
    }

    /** @return how many pending deltas were folded */
    public int foldAll() {
        int total = 0;
        int folded;
        do {
            Integer n = transactions.execute(status -> jdbc.sql("SELECT fold_totals_pending(:batch)")
                    .param("batch", BATCH).query(Integer.class).single());
            folded = n == null ? 0 : n;
            total += folded;
        } while (folded == BATCH);
        return total;
    }
}
