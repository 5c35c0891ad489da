package dev.pitlane.gst;

/** Whether a line's unit price (and an amount discount on it) is before GST or already includes it. */
public enum PriceBasis {
    TAX_EXCLUSIVE,
    TAX_INCLUSIVE
}
