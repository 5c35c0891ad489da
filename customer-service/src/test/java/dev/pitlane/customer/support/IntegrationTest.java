package dev.pitlane.customer.support;

import dev.pitlane.testsupport.PitlaneIntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.util.UUID;

/**
 * One Spring context (one database, one broker, Redis on 127.0.0.1:6379) for every integration test class. Each
 * test works in organizations of its own, so tests never see each other's data.
 */
@PitlaneIntegrationTest
@TestPropertySource(properties = {
        "spring.data.redis.host=127.0.0.1",
        "spring.data.redis.port=6379",
        "pitlane.messaging.relay.poll-interval=200ms",
        "pitlane.messaging.retry.attempts=2",
        "pitlane.messaging.retry.initial-backoff=50ms",
        // small, so a test can pass it with a handful of customers
        "pitlane.customer.search.count-limit=5",
        "logging.structured.format.console="})
public abstract class IntegrationTest {

    public static final String[] EVERYTHING = {"customer:read", "customer:write", "customer:delete", "customer:import",
            "vehicle:read", "vehicle:write", "feedback:read", "feedback:write", "feedback:respond"};

    @LocalServerPort
    protected int port;

    protected final TestTokens tokens = TestTokens.issuer();

    protected TestHttp http() {
        return TestHttp.at("http://127.0.0.1:" + port);
    }

    /** A user of {@code org} holding exactly {@code permissions}. */
    protected TestHttp as(UUID org, String... permissions) {
        return http().withToken(tokens.user(org).permissions(permissions).mint());
    }

    protected TestHttp admin(UUID org) {
        return as(org, EVERYTHING);
    }

    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid Indian mobile number nobody else in this test run has. */
    protected static String newPhone() {
        return "+919" + String.format("%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
    }

    /** A VIN of the right shape nobody else in this test run has. */
    protected static String newVin() {
        String alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        StringBuilder sb = new StringBuilder("MA3");
        java.util.Random r = new java.util.Random(UUID.randomUUID().getMostSignificantBits());
        while (sb.length() < 17) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    protected static String newPlate() {
        java.util.Random r = new java.util.Random(UUID.randomUUID().getMostSignificantBits());
        return "MH" + (10 + r.nextInt(89)) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26))
                + (1000 + r.nextInt(9000));
    }

    protected String createCustomer(TestHttp client, String name, String phone) {
        var r = client.post("/api/v1/customers", """
                {"type":"INDIVIDUAL","name":"%s","phone":"%s"}""".formatted(name, phone));
        if (r.status() != 201) {
            throw new AssertionError(r.toString());
        }
        return r.json("$.id");
    }

    protected String registerVehicle(TestHttp client, String customerId, String vin, String plate) {
        var r = client.post("/api/v1/vehicles", """
                {"customerId":"%s","vin":"%s","registrationNumber":"%s","make":"Hyundai","model":"Creta","year":2021,
                 "fuel":"DIESEL","odometerKm":15000}""".formatted(customerId, vin, plate));
        if (r.status() != 201) {
            throw new AssertionError(r.toString());
        }
        return r.json("$.id");
    }
}
