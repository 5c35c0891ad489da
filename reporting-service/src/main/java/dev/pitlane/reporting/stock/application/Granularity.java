package dev.pitlane.reporting.stock.application;

/** How a movement report splits its period: one row per item and location for the whole period, or per day/month. */
public enum Granularity {
    TOTAL, DAY, MONTH
}
