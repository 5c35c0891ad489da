package dev.pitlane.e2e;

import dev.pitlane.testsupport.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on answers that every end-to-end test makes, whatever its package. */
public final class Responses {

    private Responses() {
    }

    /** The answer has this status (the message shows the body when it has not); returned for chaining. */
    public static TestHttp.Response ok(TestHttp.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        return r;
    }

    /** An RFC 9457 problem with this status and stable code, a trace id, and no stack trace; returned for chaining. */
    public static TestHttp.Response assertProblem(TestHttp.Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
        assertThat(r.<String>json("$.code")).as(r.toString()).isEqualTo(code);
        assertThat(r.<String>json("$.traceId")).as(r.toString()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return r;
    }
}
