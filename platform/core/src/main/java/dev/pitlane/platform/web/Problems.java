package dev.pitlane.platform.web;

import dev.pitlane.platform.observability.TraceIds;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/**
 * Builds every problem+json body the platform answers, so each has the same shape: RFC 9457 fields plus a stable
 * {@code code}, the {@code traceId} and, where fields are involved, {@code errors[]}.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://pitlane.dev/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail, String instance) {
        return of(status, code, title, detail, instance, List.of());
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail, String instance,
                                   List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setDetail(detail);
        if (instance != null) {
            problem.setInstance(URI.create(instance.replace(" ", "%20")));
        }
        problem.setProperty("code", code);
        problem.setProperty("traceId", TraceIds.current());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
