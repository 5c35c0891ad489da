package dev.pitlane.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem in the exact shape the services write, so a client parses one format whether the
 * gateway or a service answered. The record's component order is the JSON field order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      String traceId, List<FieldError> errors) {

    public static final String TYPE_PREFIX = "https://pitlane.dev/problems/";

    /** One offending field; the gateway itself never validates fields, it only keeps the shape. */
    public record FieldError(String field, String code, String message) {
    }
}
