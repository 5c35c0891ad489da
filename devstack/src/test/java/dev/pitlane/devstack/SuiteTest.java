package dev.pitlane.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuiteTest {

    @TempDir
    Path work;

    @Test
    void everyServiceHasItsOwnDatabaseAndTheGatewayKnowsWhereEachRuns() {
        assertThat(ServiceSpec.SUITE.stream().filter(ServiceSpec::database).map(ServiceSpec::databaseName))
                .doesNotHaveDuplicates()
                .contains("pitlane_auth", "pitlane_inventory");
        assertThat(new ServiceSpec("procurement-service", 8084, true, java.util.Map.of()).gatewayTargetVariable())
                .isEqualTo("PITLANE_GATEWAY_TARGETS_PROCUREMENT_SERVICE");
    }

    @Test
    void startsRealPostgresAndKafkaAndSkipsServicesThatWereNotBuilt() throws Exception {
        ServiceSpec unbuilt = new ServiceSpec("no-such-service", 18999, true, java.util.Map.of());
        try (Suite suite = Suite.builder(work).workDir(work.resolve("stack")).kafkaPort(0)
                .services(List.of(unbuilt)).log(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .build().start()) {
            assertThat(suite.has("no-such-service")).isFalse();
            assertThat(suite.kafka().isRunning()).isTrue();
            try (var c = suite.postgres().admin("postgres");
                 ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
            assertThat(suite.residentMib()).isPositive();
        }
    }
}
