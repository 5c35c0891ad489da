package dev.pitlane.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem+json answer. Every path that ends a request at the gateway (bad token, rate limit, body too
 * large, service down, no route, unexpected error) goes through here, so the shape cannot drift.
 */
@Component
public class ProblemWriter {

    private static final Logger log = LoggerFactory.getLogger(ProblemWriter.class);

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemCode code, String detail) {
        return write(exchange, code.status(), code.code(), detail);
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            // part of a backend's answer is already on the wire; nothing honest can be added now
            log.debug("Response already committed, cannot write problem {} for {}", code, exchange.getRequest().getPath());
            return Mono.empty();
        }
        Problem problem = new Problem(Problem.TYPE_PREFIX + code, ProblemCode.titleFor(status), status.value(), detail,
                exchange.getRequest().getPath().value(), code, TraceIds.of(exchange), null);
        byte[] body = json.writeValueAsBytes(problem);
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        // a backend may have set these before failing; they describe a body we are not sending
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.remove(HttpHeaders.ETAG);
        headers.remove(HttpHeaders.LAST_MODIFIED);
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        headers.setCacheControl("no-store");
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }
}
