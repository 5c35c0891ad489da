package dev.pitlane.inventory.stock.web;

import dev.pitlane.inventory.stock.domain.InsufficientStockException;
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

import java.util.List;

/** A posting or reservation that asks for more than there is: 409 {@code insufficient-stock}, naming the balance. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StockProblems {

    @ExceptionHandler(InsufficientStockException.class)
    ResponseEntity<ProblemDetail> insufficient(InsufficientStockException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "insufficient-stock", "Insufficient stock",
                e.getMessage(), request.getRequestURI(),
                List.of(new FieldProblem("quantity", "insufficient-stock", e.getMessage())));
        problem.setProperty("itemId", e.key().itemId());
        problem.setProperty("locationId", e.key().locationId());
        problem.setProperty("available", e.available());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
