package dev.pitlane.billing.creditnote.application;

import java.math.BigDecimal;

/** @param quantity null credits what is left of the line */
public record CreditLineRequest(int position, BigDecimal quantity) {
}
