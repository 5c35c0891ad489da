package dev.pitlane.auth;

import dev.pitlane.testsupport.OwnerDatabase;
import dev.pitlane.testsupport.PitlaneIntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TravellingClock;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Spring context for every integration test: auth-service on a random port, its own database and the
 * test run's broker, with demo data and a bootstrap platform administrator, a clock tests can move forward and a
 * notifier that keeps the reset tokens it is given.
 */
@PitlaneIntegrationTest
@Import(AuthIntegrationTest.TestBeans.class)
public abstract class AuthIntegrationTest {

    public static final String ROOT_EMAIL = "root@pitlane.test";
    public static final String ROOT_PASSWORD = "root-password-for-tests";
    public static final String PASSWORD = "a-long-test-password";
    public static final UUID DEMO_ORG = UUID.fromString("7e57da7a-0000-4000-8000-000000000001");

    @TestConfiguration(proxyBeanMethods = false)
    static class TestBeans {

        @Bean
        @Primary
        TravellingClock testClock() {
            return new TravellingClock();
        }

        @Bean
        @Primary
        RecordingNotifier recordingNotifier() {
            return new RecordingNotifier();
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected TravellingClock clock;

    @Autowired
    protected RecordingNotifier notifier;

    /** The tables as their owner sees them, past row-level security: what is really stored. */
    @Autowired
    protected OwnerDatabase owner;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    protected TestHttp http() {
        return TestHttp.at("http://127.0.0.1:" + port);
    }

    protected TestHttp as(String accessToken) {
        return http().withToken(accessToken);
    }

    public record Tokens(String access, String refresh) {
    }

    public record Org(UUID id, String name, String adminEmail, UUID adminId, String admin) {
    }

    public record Member(UUID id, String email, String token) {
    }

    protected Tokens login(String email, String password) {
        TestHttp.Response r = loginResponse(email, password, "198.51.100.1");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return new Tokens(r.json("$.accessToken"), r.json("$.refreshToken"));
    }

    /** A sign-in as if through the gateway from {@code address}. */
    protected TestHttp.Response loginResponse(String email, String password, String address) {
        return http().post("/api/v1/auth/login", "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password),
                "X-Forwarded-For", address);
    }

    protected String root() {
        return login(ROOT_EMAIL, ROOT_PASSWORD).access();
    }

    /** A fresh organization, created by a platform administrator, with its ORG_ADMIN signed in. */
    protected Org newOrganization() {
        String tag = unique();
        String name = "Org " + tag;
        String email = "admin@" + tag + ".test";
        TestHttp.Response r = as(root()).post("/api/v1/organizations", """
                {"name":"%s","admin":{"email":"%s","firstName":"Ada","lastName":"Admin","password":"%s"}}"""
                .formatted(name, email, PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new Org(UUID.fromString(r.json("$.organization.id")), name, email,
                UUID.fromString(r.json("$.admin.id")), login(email, PASSWORD).access());
    }

    /** A user of {@code org} with these roles, signed in. */
    protected Member newMember(Org org, String... roles) {
        String email = "user-" + unique() + "@example.test";
        TestHttp.Response r = as(org.admin()).post("/api/v1/users", """
                {"email":"%s","firstName":"Test","lastName":"User","roles":[%s],"password":"%s"}"""
                .formatted(email, quoted(roles), PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new Member(UUID.fromString(r.json("$.id")), email, login(email, PASSWORD).access());
    }

    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    protected static String quoted(String... values) {
        return String.join(",", java.util.Arrays.stream(values).map(v -> "\"" + v + "\"").toList());
    }
}
