package dev.pitlane.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Optional;

/**
 * Answers a database refusal that reaches the servlet container — raised in a filter, outside Spring MVC's exception
 * handling (the Idempotency-Key's claim and stored response are written there) — with the problem it would have got
 * from a controller, instead of a 500 and a stack trace.
 */
class CommitFailureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CommitFailureFilter.class);

    private final JsonMapper mapper;

    CommitFailureFilter(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Optional<DataProblem> problem = DataProblem.find(e).flatMap(DataProblem::of);
            if (problem.isEmpty() || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {} refused by the database: {}", request.getMethod(), request.getRequestURI(),
                    DataProblem.find(e).map(d -> d.getMostSpecificCause().getMessage()).orElse(""));
            DataProblem p = problem.get();
            ProblemDetail body = Problems.of(p.status(), p.code(), p.title(), p.detail(), request.getRequestURI(),
                    p.errors());
            response.resetBuffer();
            response.setStatus(p.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            mapper.writeValue(response.getOutputStream(), body);
        }
    }
}
