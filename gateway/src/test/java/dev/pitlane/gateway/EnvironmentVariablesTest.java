package dev.pitlane.gateway;

import dev.pitlane.gateway.edge.CorsProperties;
import dev.pitlane.gateway.ratelimit.Limit;
import dev.pitlane.gateway.ratelimit.RateLimitProperties;
import dev.pitlane.gateway.security.IssuerProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The environment variables the deployment sets (helm/charts/pitlane) reach the settings they are meant for. */
class EnvironmentVariablesTest {

    @Test
    void pointsTheTokenCheckAtAnotherIssuer() {
        Binder binder = binder(Map.of(
                "PITLANE_SECURITY_ISSUER_URI", "https://sso.example.com/realms/pitlane",
                "PITLANE_SECURITY_JWK_SET_URI", "https://sso.example.com/realms/pitlane/protocol/openid-connect/certs"));
        IssuerProperties issuer = binder.bind("pitlane.security", IssuerProperties.class).get();
        assertThat(issuer.issuerUri()).isEqualTo("https://sso.example.com/realms/pitlane");
        assertThat(issuer.jwkSetUri()).isEqualTo(
                URI.create("https://sso.example.com/realms/pitlane/protocol/openid-connect/certs"));
    }

    @Test
    void refusesToStartWithoutAUsableKeySetAddress() {
        assertThatThrownBy(() -> binder(Map.of("PITLANE_SECURITY_JWK_SET_URI", "oauth2/jwks"))
                .bind("pitlane.security", IssuerProperties.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("PITLANE_SECURITY_JWK_SET_URI");
        assertThatThrownBy(() -> binder(Map.of("PITLANE_SECURITY_ISSUER_URI", " "))
                .bind("pitlane.security", IssuerProperties.class))
                .rootCause().hasMessageContaining("PITLANE_SECURITY_ISSUER_URI");
    }

    @Test
    void takesCorsOriginsAsACommaSeparatedList() {
        for (String variable : new String[]{"PITLANE_GATEWAY_CORS_ALLOWED_ORIGINS", "PITLANE_GATEWAY_CORS_ALLOWEDORIGINS"}) {
            CorsProperties cors = binder(Map.of(variable, "https://app.example.com,https://*.dealer.example"))
                    .bindOrCreate("pitlane.gateway.cors", CorsProperties.class);
            assertThat(cors.allowedOrigins()).containsExactly("https://app.example.com", "https://*.dealer.example");
        }
    }

    @Test
    void switchesRateLimitsToRedis() {
        for (String variable : new String[]{"PITLANE_GATEWAY_RATE_LIMIT_REDIS", "PITLANE_GATEWAY_RATELIMIT_REDIS"}) {
            assertThat(binder(Map.of(variable, "true")).bind("pitlane.gateway.rate-limit.redis", Boolean.class).get())
                    .isTrue();
        }
    }

    @Test
    void setsEveryLimitFromTheEnvironment() {
        // as the e2e benchmark lifts the limits out of its way
        RateLimitProperties limits = binder(Map.of(
                "PITLANE_GATEWAY_RATE_LIMIT_CLIENT_REPLENISH_RATE", "1000000",
                "PITLANE_GATEWAY_RATE_LIMIT_CLIENT_BURST", "1000000",
                "PITLANE_GATEWAY_RATE_LIMIT_ORGANIZATION_REPLENISH_RATE", "1000000",
                "PITLANE_GATEWAY_RATE_LIMIT_ORGANIZATION_BURST", "1000000",
                "PITLANE_GATEWAY_RATE_LIMIT_LOGIN_REPLENISH_RATE", "10",
                "PITLANE_GATEWAY_RATE_LIMIT_LOGIN_BURST", "1000000",
                "PITLANE_GATEWAY_RATE_LIMIT_LOGIN_REPLENISH_PERIOD", "1m"))
                .bind("pitlane.gateway.rate-limit", RateLimitProperties.class).get();
        assertThat(limits.client()).isEqualTo(new Limit(1_000_000, 1_000_000, Duration.ofSeconds(1)));
        assertThat(limits.organization().burst()).isEqualTo(1_000_000);
        assertThat(limits.login()).isEqualTo(new Limit(10, 1_000_000, Duration.ofMinutes(1)));
    }

    private static Binder binder(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment);
    }
}
