package dev.pitlane.e2e;

import dev.pitlane.devstack.Suite;
import dev.pitlane.testsupport.TestHttp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The suite every end-to-end test talks to, started once per test run: each service as its own JVM, on ports
 * 10000 above devstack's so both can run at once, a fresh database per service (named for the offset) and a
 * fresh broker.
 */
public final class E2eSuite {

    /** 10000 unless {@code -De2e.portOffset} says otherwise (two checkouts running their e2e tests at once). */
    public static final String SANDBOX_WEBHOOK_SECRET = "e2e-sandbox-webhook-secret";

    public static final int PORT_OFFSET = Integer.getInteger("e2e.portOffset", 10_000);
    private static volatile Suite suite;
    private static volatile RuntimeException failure;

    private E2eSuite() {
    }

    public static synchronized Suite get() {
        if (failure != null) {
            // one failed start is reported by every test; starting again would only fail the same way, slower
            throw failure;
        }
        if (suite == null) {
            try {
                suite = start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "e2e-suite-stop"));
        }
        return suite;
    }

    private static Suite start() {
        return builder("suite").build().start();
    }

    /**
     * The suite as the end-to-end tests run it, not yet started: a test that needs it configured otherwise (another
     * token issuer) starts its own from here, in {@code e2e/target/<workDir>}.
     */
    public static Suite.Builder builder(String workDir) {
        Path root = Suite.repositoryRoot();
        return Suite.builder(root)
                .workDir(root.resolve("e2e/target").resolve(workDir))
                .portOffset(PORT_OFFSET)
                .kafkaPort(0)
                .demoData(true)
                // -De2e.readinessSeconds=900 on a machine busy with other builds, where a service may need minutes
                .readinessTimeout(Duration.ofSeconds(Integer.getInteger("e2e.readinessSeconds", 300)))
                .jvmOptions(List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Xss512k", "-XX:ReservedCodeCacheSize=64m", "-XX:+ExitOnOutOfMemoryError"))
                // the default client limit (50/s, burst 100) is what the 429 test passes; every test logs in a lot
                // from one address and shares one organization, so those two limits are raised
                .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_ORGANIZATION_REPLENISH_RATE", "10000")
                .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_ORGANIZATION_BURST", "20000")
                .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_LOGIN_REPLENISH_RATE", "1000")
                .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_LOGIN_BURST", "1000")
                // the sandbox payment provider's webhooks are signed with this; BillingFlowE2eTest plays the provider
                .env("billing-service", "PITLANE_BILLING_SANDBOX_WEBHOOK_SECRET", SANDBOX_WEBHOOK_SECRET);
    }

    public static TestHttp gateway() {
        return TestHttp.at(get().gatewayUrl());
    }

    /** Logs a demo user in through the gateway and returns the access token. */
    public static String login(String email) {
        return login(email, Suite.DEMO_PASSWORD);
    }

    /** Logs in through the gateway and returns the access token. */
    public static String login(String email, String password) {
        var r = gateway().post("/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (r.status() != 200) {
            throw new IllegalStateException("Login of " + email + " failed: " + r);
        }
        return r.json("$.accessToken");
    }

    public static TestHttp as(String email) {
        return gateway().withToken(login(email));
    }
}
