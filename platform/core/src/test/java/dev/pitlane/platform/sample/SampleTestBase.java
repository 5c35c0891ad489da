package dev.pitlane.platform.sample;

import dev.pitlane.testsupport.PitlaneIntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

/** One Spring context (one database, one broker) for every platform test class. */
@PitlaneIntegrationTest
abstract class SampleTestBase {

    @LocalServerPort
    int port;

    final TestTokens tokens = TestTokens.issuer();

    TestHttp http() {
        return TestHttp.at("http://127.0.0.1:" + port);
    }

    TestHttp as(UUID org, String... permissions) {
        return http().withToken(tokens.user(org).permissions(permissions).mint());
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
