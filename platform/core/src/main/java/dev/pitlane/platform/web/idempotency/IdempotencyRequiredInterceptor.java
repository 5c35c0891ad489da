package dev.pitlane.platform.web.idempotency;

import dev.pitlane.platform.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.List;

/** Enforces {@link IdempotencyRequired}. */
public class IdempotencyRequiredInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(IdempotencyRequired.class)
                && request.getHeader(IdempotencyFilter.HEADER) == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing-header",
                    "This operation needs an Idempotency-Key header so that a retry cannot apply it twice",
                    List.of(new dev.pitlane.platform.web.FieldProblem(IdempotencyFilter.HEADER, "required",
                            "is required")));
        }
        return true;
    }
}
