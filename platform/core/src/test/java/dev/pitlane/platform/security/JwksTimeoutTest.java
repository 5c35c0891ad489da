package dev.pitlane.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Base64;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** An issuer that takes the connection and never answers fails the token check; it does not hold the request. */
class JwksTimeoutTest {

    @Test
    void aSilentIssuerFailsTheCheckInsteadOfHangingIt() throws Exception {
        // the kernel completes the connection from the backlog; nobody ever reads or answers it
        try (ServerSocket silent = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            PitlaneSecurityProperties properties = new PitlaneSecurityProperties();
            properties.setJwkSetUri("http://127.0.0.1:" + silent.getLocalPort() + "/oauth2/jwks");
            properties.setJwksTimeout(Duration.ofMillis(300));
            JwtDecoder decoder = new PlatformSecurityConfiguration().jwtDecoder(properties);

            // a guard: without the timeout this test would fail here instead of hanging the build
            assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                    assertThatThrownBy(() -> decoder.decode(tokenSignedWithAnUnknownKey()))
                            .isInstanceOf(JwtException.class));
        }
    }

    private static String tokenSignedWithAnUnknownKey() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"new-key\"}".getBytes(UTF_8));
        String claims = b64.encodeToString("{\"sub\":\"u\",\"exp\":4102444800}".getBytes(UTF_8));
        return header + "." + claims + "." + b64.encodeToString(new byte[256]);
    }
}
