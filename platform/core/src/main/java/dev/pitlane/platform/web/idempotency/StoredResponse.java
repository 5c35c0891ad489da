package dev.pitlane.platform.web.idempotency;

/** The first response given to an idempotency key, replayed to every retry with the same request. */
public record StoredResponse(String requestHash, int status, String contentType, String location, byte[] body) {
}
