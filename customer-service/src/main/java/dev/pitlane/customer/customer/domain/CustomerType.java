package dev.pitlane.customer.customer.domain;

public enum CustomerType {
    INDIVIDUAL,
    BUSINESS
}
