package dev.pitlane.customer.feedback.domain;

/** A customer's rating: 1 (very poor) to 5 (excellent) stars. */
public final class Rating {

    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final String RULE = "must be " + MIN + " to " + MAX;

    private Rating() {
    }

    public static boolean isValid(Integer stars) {
        return stars != null && stars >= MIN && stars <= MAX;
    }
}
