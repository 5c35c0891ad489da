package dev.pitlane.platform.sample;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

import static org.assertj.core.api.Assertions.assertThat;

class WarmUpTest extends SampleTestBase {

    @Autowired
    SampleWarmUp warmUp;

    @Autowired
    ApplicationAvailability availability;

    @Test
    void aServiceWarmsUpWhileItRefusesTrafficAndIsReadyAfterwards() {
        assertThat(warmUp.readinessSeen()).hasSize(20).containsOnly(ReadinessState.REFUSING_TRAFFIC);
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(http().get("/actuator/health/readiness").status()).isEqualTo(200);
    }
}
