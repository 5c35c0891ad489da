package dev.pitlane.billing.setup.application;

import java.util.UUID;

/** A number given to a document at issue: its series, its place in the series and the number as printed. */
public record IssuedNumber(UUID seriesId, long sequence, String number) {
}
