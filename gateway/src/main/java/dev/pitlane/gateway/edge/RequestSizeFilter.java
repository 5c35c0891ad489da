package dev.pitlane.gateway.edge;

import dev.pitlane.gateway.problem.ProblemCode;
import dev.pitlane.gateway.problem.ProblemWriter;
import dev.pitlane.gateway.routing.RouteMetadata;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Caps the request body per route (the service table's {@code max-request-size}). A declared Content-Length over
 * the limit is refused before anything reaches the service; a chunked body is counted while it streams and
 * cut off at the limit, so the gateway never buffers a body to measure it.
 */
@Component
class RequestSizeFilter implements GlobalFilter, Ordered {

    static final int ORDER = 20;

    private final ProblemWriter problems;

    RequestSizeFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Long limit = RouteMetadata.maxRequestSizeOf(exchange).orElse(null);
        if (limit == null) {
            return chain.filter(exchange);
        }
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return problems.write(exchange, ProblemCode.PAYLOAD_TOO_LARGE,
                    new PayloadTooLargeException(limit).getMessage());
        }
        if (declared >= 0) {
            // Netty does not read past a declared length, so a declared body within the limit needs no counting
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new CountingRequest(request, limit)).build());
    }

    /** Fails the body stream as soon as more than {@code limit} bytes have arrived. */
    private static final class CountingRequest extends ServerHttpRequestDecorator {

        private final long limit;

        CountingRequest(ServerHttpRequest delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(new PayloadTooLargeException(limit));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
