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
    void findsTheCheckoutFromAFolderInsideIt() {
        assertThat(Suite.repositoryRoot().resolve("devstack/run")).exists();
        assertThat(Suite.repositoryRoot().resolve("pom.xml")).exists();
    }

    @Test
    void aSuiteOnOtherPortsUsesDatabasesOfItsOwn() {
        ServiceSpec inventory = ServiceSpec.SUITE.stream().filter(s -> s.name().equals("inventory-service"))
                .findFirst().orElseThrow();
        assertThat(Suite.databaseName(inventory, 0)).isEqualTo("pitlane_inventory");
        assertThat(Suite.databaseName(inventory, 10_000)).isEqualTo("pitlane_inventory_10000");
        Suite suite = Suite.builder(work).portOffset(24_000).build();
        assertThat(suite.databaseName("inventory-service")).isEqualTo("pitlane_inventory_24000");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> suite.databaseName("gateway"));
    }

    @Test
    void theGatewaysActuatorIsOnAManagementPortThatMovesWithTheSuite() {
        ServiceSpec gateway = ServiceSpec.SUITE.stream().filter(s -> s.name().equals("gateway")).findFirst()
                .orElseThrow();
        ServiceSpec auth = ServiceSpec.SUITE.stream().filter(s -> s.name().equals("auth-service")).findFirst()
                .orElseThrow();
        Suite suite = Suite.builder(work).portOffset(24_000).build();
        assertThat(suite.port(gateway)).isEqualTo(32_080);
        assertThat(suite.managementPort(gateway)).isEqualTo(33_090);
        assertThat(suite.managementPort(auth)).isEqualTo(suite.port(auth));
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
