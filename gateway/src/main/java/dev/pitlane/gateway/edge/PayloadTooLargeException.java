package dev.pitlane.gateway.edge;

import org.springframework.util.unit.DataSize;

/**
 * A request body passed the route's limit while it was streamed to the service (no Content-Length to check up
 * front). Listed in the circuit breaker's ignored exceptions: a client's oversized upload says nothing about
 * the health of the service.
 */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than the limit of " + describe(limitBytes) + ".");
    }

    static String describe(long bytes) {
        DataSize size = DataSize.ofBytes(bytes);
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }
}
