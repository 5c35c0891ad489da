package dev.pitlane.workshop.support;

import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestTokens;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organization and the people a test acts as, with the permissions auth-service's matrix gives their roles,
 * and the master data most tests start from.
 */
public final class Workshop {

    public static final String ALL_DAYS_9_TO_6 = """
            [{"day":"MONDAY","from":"09:00","to":"18:00"},{"day":"TUESDAY","from":"09:00","to":"18:00"},
             {"day":"WEDNESDAY","from":"09:00","to":"18:00"},{"day":"THURSDAY","from":"09:00","to":"18:00"},
             {"day":"FRIDAY","from":"09:00","to":"18:00"},{"day":"SATURDAY","from":"09:00","to":"18:00"},
             {"day":"SUNDAY","from":"09:00","to":"18:00"}]""";

    private static final TestTokens TOKENS = TestTokens.issuer();

    public final UUID id;
    private final TestHttp http;

    Workshop(UUID id, TestHttp http) {
        this.id = id;
        this.http = http;
    }

    public TestHttp as(String subject, String role, String... permissions) {
        return http.withToken(TOKENS.user(id).subject(subject).roles(role).permissions(permissions).mint());
    }

    public TestHttp admin() {
        return as("admin-" + id, "ORG_ADMIN", "workshop:read", "workshop:manage", "appointment:manage",
                "jobcard:manage", "jobcard:work", "quotation:manage", "quotation:approve");
    }

    public TestHttp advisor() {
        return as("advisor-" + id, "SERVICE_ADVISOR", "workshop:read", "appointment:manage", "jobcard:manage",
                "quotation:manage", "quotation:approve");
    }

    public TestHttp technician(UUID userId) {
        return as(userId.toString(), "TECHNICIAN", "workshop:read", "jobcard:work");
    }

    /** A center open 09:00-18:00 every day in India, with a labour rate of 1200.00 an hour. */
    public UUID center(String code) {
        var created = admin().post("/api/v1/service-centers", """
                {"code":"%s","name":"Center %s","address":"Andheri East, Mumbai","stateCode":"27",
                 "gstin":"27AAACD1234E1Z5","timeZone":"Asia/Kolkata","labourRate":1200.00,"slotMinutes":30,
                 "hours":%s}""".formatted(code, code, ALL_DAYS_9_TO_6));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }

    public UUID bay(UUID center, String code, String type) {
        var created = admin().post("/api/v1/service-centers/" + center + "/bays",
                "{\"code\":\"" + code + "\",\"type\":\"" + type + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }

    /** A canned job of {@code hours} hours in a GENERAL bay, for any technician. */
    public UUID cannedJob(String code, String hours) {
        var created = admin().post("/api/v1/canned-jobs", """
                {"code":"%s","name":"Job %s","standardHours":%s,"sac":"998714","bayType":"GENERAL"}"""
                .formatted(code, code, hours));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }
}
