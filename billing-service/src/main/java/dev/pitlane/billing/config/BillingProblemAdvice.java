package dev.pitlane.billing.config;

import dev.pitlane.billing.shared.domain.BillingRuleViolation;
import dev.pitlane.gst.GstRuleViolation;
import dev.pitlane.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Billing's and the GST module's refusals become problem+json with their own stable codes. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BillingProblemAdvice {

    @ExceptionHandler(BillingRuleViolation.class)
    ResponseEntity<ProblemDetail> billing(BillingRuleViolation e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return problem(status, e.code(), e.getMessage(), request);
    }

    @ExceptionHandler(GstRuleViolation.class)
    ResponseEntity<ProblemDetail> gst(GstRuleViolation e, HttpServletRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.getMessage(), request);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail,
                                                         HttpServletRequest request) {
        ProblemDetail body = Problems.of(status, code, status.getReasonPhrase(), detail, request.getRequestURI());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
