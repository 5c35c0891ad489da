package dev.pitlane.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way a request can end at the gateway answers problem+json, never a stack trace or Spring's default. */
@ExtendWith(OutputCaptureExtension.class)
class FailureResponsesTest extends GatewayTest {

    @Test
    void answersAnUnknownRouteWith404() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        expectProblem(client.get().uri("/api/v1/nothing-here/1").header(HttpHeaders.AUTHORIZATION, bearer())
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .exchange(), 404, "not-found")
                .jsonPath("$.instance").isEqualTo("/api/v1/nothing-here/1")
                // the caller's trace id, so a support request can be matched with our logs
                .jsonPath("$.traceId").isEqualTo(traceId);
    }

    @Test
    void answersAWrongMethodWith405() {
        expectProblem(client.post().uri("/health").exchange()
                .expectHeader().valueEquals(HttpHeaders.ALLOW, "GET"), 405, "method-not-allowed");
    }

    @Test
    void refusesADeclaredBodyOverTheLimitWith413() {
        expectProblem(client.post().uri("/api/v1/suppliers").header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[65 * 1024])
                .exchange(), 413, "payload-too-large")
                .jsonPath("$.detail").isEqualTo("The request body is larger than the limit of 64 KB.");
    }

    @Test
    void cutsOffAStreamedBodyOverTheLimitWith413() {
        // no Content-Length: chunked, counted while it streams
        Flux<DataBuffer> chunks = Flux.range(0, 20).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[8 * 1024]));
        expectProblem(client.post().uri("/api/v1/suppliers").header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange(), 413, "payload-too-large");
    }

    @Test
    void letsAServiceHaveALargerLimitOfItsOwn() {
        byte[] upload = new byte[100 * 1024];
        Arrays.fill(upload, (byte) 'x');
        client.post().uri("/api/v1/customer-imports").header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(upload)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyBytes").isEqualTo(upload.length);
    }

    @Test
    void namesTheServiceThatIsDownIn503AndLogsItWithTheTraceId(CapturedOutput output) {
        String traceId = "5e0c63257de34c92bf9efcd03927272e";
        expectProblem(client.get().uri("/api/v1/down/things").header(HttpHeaders.AUTHORIZATION, bearer())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").exchange(), 503, "service-unavailable")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).startsWith("down-service "));
        // the log line an operator finds from the traceId a user quotes
        assertThat(output.getOut()).containsPattern(traceId + "-[0-9a-f]{16}.*GET /api/v1/down/things -> 503");
    }

    @Test
    void keepsAnswering503WhenTheCircuitOpens(CapturedOutput output) {
        for (int i = 0; i < 15; i++) {
            expectProblem(client.get().uri("/api/v1/tripped/things").header(HttpHeaders.AUTHORIZATION, bearer())
                    .exchange(), 503, "service-unavailable");
        }
        expectProblem(client.get().uri("/api/v1/tripped/things").header(HttpHeaders.AUTHORIZATION, bearer()).exchange(),
                503, "service-unavailable")
                .jsonPath("$.detail").isEqualTo("tripped-service is failing; requests to it are paused for a few seconds.");
        assertThat(output.getOut()).contains("Circuit of tripped-service opened");
    }

    @Test
    void answersATooSlowServiceWith504() {
        long started = System.nanoTime();
        expectProblem(client.get().uri("/api/v1/slow/report").header(HttpHeaders.AUTHORIZATION, bearer()).exchange(),
                504, "gateway-timeout")
                .jsonPath("$.detail").isEqualTo("slow-service did not answer in time.");
        // the route's own 500 ms, not the gateway-wide 5 s nor the backend's 2 s
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Backends.SLOW_ANSWER);
    }
}
