package dev.pitlane.gateway;

import dev.pitlane.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway refuses before routing — sent as raw bytes, since an HTTP client would clean the request up
 * first — is a problem with a code like every other answer, not a bare status.
 */
class EdgeRejectionsTest extends GatewayTest {

    @LocalServerPort
    int port;

    private RawHttp.Answer send(String requestLine, String extraHeaders) throws Exception {
        return RawHttp.send("127.0.0.1", port, requestLine, extraHeaders);
    }

    private static void assertProblem(RawHttp.Answer raw, int status, String code) {
        assertThat(raw.isProblem(status, code)).as(raw.toString()).isTrue();
    }

    @Test
    void pathTricksAndOddMethodsAreRefusedAsProblems() throws Exception {
        for (String path : List.of("/api/v1/items/%2F..%2Factuator", "/api/v1/%2e%2e/actuator/health",
                "/api/v1/items/..;/actuator", "/api/v1/items/%00", "/api/v1/items/%5c..%5cactuator",
                "/api/v1/items/%252e%252e/actuator", "/api/v1/../actuator/prometheus")) {
            assertProblem(send("GET " + path + " HTTP/1.1", ""), 400, "request-rejected");
        }
        assertProblem(send("TRACE /api/v1/items HTTP/1.1", ""), 400, "request-rejected");
    }

    @Test
    void aHugeUrlOrHeaderIsAProblemToo() throws Exception {
        assertProblem(send("GET /api/v1/items?q=" + "a".repeat(20_000) + " HTTP/1.1", ""), 414, "uri-too-long");
        assertProblem(send("GET /api/v1/items HTTP/1.1", "X-Big: " + "b".repeat(40_000) + "\r\n"), 431,
                "request-header-fields-too-large");
    }
}
