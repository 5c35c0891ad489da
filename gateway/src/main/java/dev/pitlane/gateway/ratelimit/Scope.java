package dev.pitlane.gateway.ratelimit;

/** What a bucket counts: one caller, one whole organization, or sign-in attempts from one address. */
enum Scope {

    CLIENT("client", "Too many requests from this client"),
    ORGANIZATION("organization", "Too many requests for this organization"),
    LOGIN("login", "Too many sign-in attempts from this address");

    private final String key;
    private final String refusal;

    Scope(String key, String refusal) {
        this.key = key;
        this.refusal = refusal;
    }

    String key() {
        return key;
    }

    String refusal() {
        return refusal;
    }
}
