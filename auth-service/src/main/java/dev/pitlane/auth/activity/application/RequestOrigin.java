package dev.pitlane.auth.activity.application;

/**
 * Where a request came from, for the activity log and the address lockout.
 *
 * @param address the client's address as resolved through trusted proxies
 */
public record RequestOrigin(String address, String userAgent) {

    public static RequestOrigin internal() {
        return new RequestOrigin("internal", null);
    }
}
