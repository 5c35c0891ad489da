package dev.pitlane.platform.web;

/** The body is larger than the endpoint accepts (checked before it is read). */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
    }
}
