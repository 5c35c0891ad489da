package dev.pitlane.billing.receivable.application;

import java.time.LocalDate;
import java.util.List;

public record ReceivablesAgeing(LocalDate asOf, List<CustomerAgeing> customers, CustomerAgeing totals) {
}
