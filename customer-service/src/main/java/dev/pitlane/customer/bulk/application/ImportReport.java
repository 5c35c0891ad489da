package dev.pitlane.customer.bulk.application;

import java.util.List;

/**
 * What an import did. Every data row is counted once: {@code accepted} = {@code created} + {@code updated} +
 * {@code unchanged}; a rejected row changed nothing.
 */
public record ImportReport(int rows, int accepted, int created, int updated, int unchanged, List<Rejected> rejected) {

    /** A row left out, with its line in the file (the header is line 1) and every reason. */
    public record Rejected(int line, List<String> reasons) {
    }
}
