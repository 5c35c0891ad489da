package dev.pitlane.platform.outbound;

/** A URL or host the platform will not call; the message says why, in words fit for the caller. */
public class RefusedTarget extends RuntimeException {

    public RefusedTarget(String message) {
        super(message);
    }
}
