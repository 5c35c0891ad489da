package dev.pitlane.reporting.dashboard.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The business at a glance for one organization, from the read models. Workshop (appointments, open job cards) and
 * billing (revenue, receivables) figures join when their events are read.
 */
public record Dashboard(LocalDate today, Stock stock, Purchases purchasesToday, Purchases purchasesThisMonth,
                        Customers customers) {

    public record Stock(BigDecimal value, long lowStockPositions, long movementsToday) {
    }

    public record Purchases(BigDecimal netAmount, BigDecimal totalAmount, long receipts) {
    }

    public record Customers(long total, long newThisMonth) {
    }
}
