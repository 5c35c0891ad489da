package dev.pitlane.auth.config;

import dev.pitlane.auth.shared.domain.RuleViolation;
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

/** Domain rule violations answer as problem+json with the rule's own code, like the platform's errors. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleViolationHandler {

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> violation(RuleViolation e, HttpServletRequest request) {
        HttpStatus status = e.kind() == RuleViolation.Kind.CONFLICT ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail body = Problems.of(status, e.code(), status.getReasonPhrase(), e.getMessage(),
                request.getRequestURI());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
