package dev.pitlane.customer.web;

import dev.pitlane.customer.common.domain.InvalidInputException;
import dev.pitlane.platform.web.FieldProblem;
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

/** A domain rule broken by the input is a 400 {@code validation-failed} naming each field, like bean validation. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidInputAdvice {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        ProblemDetail body = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
                "The request has invalid fields", request.getRequestURI(),
                e.violations().stream().map(v -> new FieldProblem(v.field(), v.code(), v.message())).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
