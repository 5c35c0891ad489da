package dev.pitlane.platform.sample;

import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemJsonTest extends SampleTestBase {

    private final UUID org = UUID.randomUUID();

    private TestHttp writer() {
        return as(org, "widget:write");
    }

    private static void assertProblem(TestHttp.Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.<String>json("$.code")).isEqualTo(code);
        assertThat(r.<String>json("$.type")).isEqualTo("https://pitlane.dev/problems/" + code);
        assertThat(r.<Integer>json("$.status")).isEqualTo(status);
        assertThat(r.<String>json("$.traceId")).matches("[0-9a-f]{32}");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at dev.pitlane");
    }

    @Test
    void validationNamesEveryField() {
        var r = writer().post("/api/v1/widgets", "{\"name\":\"\",\"quantity\":5000}", "Idempotency-Key", key());
        assertProblem(r, 400, "validation-failed");
        assertThat(r.<java.util.List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("name", "quantity");
    }

    @Test
    void unknownFieldIsRefused() {
        var r = writer().post("/api/v1/widgets", "{\"name\":\"a\",\"quantity\":1,\"organizationId\":\"x\"}",
                "Idempotency-Key", key());
        assertProblem(r, 400, "unknown-field");
        assertThat(r.<String>json("$.errors[0].field")).isEqualTo("organizationId");
    }

    @Test
    void malformedJson() {
        assertProblem(writer().post("/api/v1/widgets", "{\"name\":", "Idempotency-Key", key()), 400,
                "malformed-json");
    }

    @Test
    void typeMismatchInBodyAndPath() {
        var body = writer().post("/api/v1/widgets", "{\"name\":\"a\",\"quantity\":\"many\"}", "Idempotency-Key", key());
        assertProblem(body, 400, "type-mismatch");
        assertThat(body.<String>json("$.errors[0].field")).isEqualTo("quantity");
        assertProblem(writer().get("/api/v1/widgets/not-a-uuid"), 400, "type-mismatch");
    }

    @Test
    void unknownRouteAndMissingRecord() {
        assertProblem(writer().get("/api/v1/nothing-here"), 404, "not-found");
        assertProblem(writer().get("/api/v1/widgets/" + UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void methodNotAllowed() {
        var r = writer().delete("/api/v1/widgets/" + UUID.randomUUID());
        assertProblem(r, 405, "method-not-allowed");
        assertThat(r.header("Allow")).contains("GET");
    }

    @Test
    void payloadTooLarge() {
        String big = "{\"name\":\"" + "x".repeat(8_000) + "\",\"quantity\":1}";
        assertProblem(writer().post("/api/v1/widgets", big, "Idempotency-Key", key()), 413, "payload-too-large");
        assertProblem(writer().post("/api/v1/widgets", big), 413, "payload-too-large");
    }

    @Test
    void unsupportedMediaType() {
        assertProblem(writer().post("/api/v1/widgets", "name=a", "Content-Type", "text/plain", "Idempotency-Key",
                key()), 415, "unsupported-media-type");
    }

    @Test
    void optimisticLockConflict() {
        var created = writer().post("/api/v1/widgets", "{\"name\":\"" + uniqueName("w") + "\",\"quantity\":1}",
                "Idempotency-Key", key());
        String id = created.json("$.id");
        assertThat(writer().put("/api/v1/widgets/" + id, "{\"name\":\"renamed-" + id + "\",\"version\":0}").status())
                .isEqualTo(200);
        assertProblem(writer().put("/api/v1/widgets/" + id, "{\"name\":\"stale-" + id + "\",\"version\":0}"), 409,
                "concurrent-modification");
    }

    @Test
    void dataIntegrityConflictNamesTheField() {
        String name = uniqueName("dup");
        assertThat(writer().post("/api/v1/widgets", "{\"name\":\"" + name + "\",\"quantity\":1}", "Idempotency-Key",
                key()).status()).isEqualTo(201);
        var r = writer().post("/api/v1/widgets", "{\"name\":\"" + name + "\",\"quantity\":1}", "Idempotency-Key", key());
        assertProblem(r, 409, "duplicate");
        assertThat(r.<String>json("$.errors[0].field")).isEqualTo("name");
    }

    @Test
    void accessDenied() {
        assertProblem(writer().post("/api/v1/widgets/" + UUID.randomUUID() + "/forbidden", "{}"), 403, "forbidden");
    }

    @Test
    void unexpectedErrorHidesInternals() {
        var r = writer().get("/api/v1/widgets/explode");
        assertProblem(r, 500, "internal-error");
        assertThat(r.body()).doesNotContain("hunter2");
    }

    @Test
    void pageSizeHasACeilingAndSortIsChecked() {
        assertProblem(writer().get("/api/v1/widgets?size=1000"), 400, "validation-failed");
        assertProblem(writer().get("/api/v1/widgets?sort=secret"), 400, "validation-failed");
        var page = writer().get("/api/v1/widgets?size=5&sort=name,desc");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.<Integer>json("$.page.size")).isEqualTo(5);
    }

    @Test
    void missingIdempotencyKeyOnAPostingEndpoint() {
        assertProblem(writer().post("/api/v1/widgets", "{\"name\":\"a\",\"quantity\":1}"), 400, "missing-header");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
