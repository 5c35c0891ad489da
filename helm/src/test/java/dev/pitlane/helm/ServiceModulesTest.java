package dev.pitlane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.helm.support.Charts;
import dev.pitlane.helm.support.Charts.Profile;
import dev.pitlane.helm.support.Repo;
import dev.pitlane.helm.support.Yamls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chart and the service modules agree on names and ports (modules not written yet are skipped). */
class ServiceModulesTest {

    @Test
    void everyModuleIsInTheChartWithItsPortAndName() {
        Map<String, Object> services = Yamls.at(Charts.values(Profile.DEFAULT), "services");
        for (Path module : Repo.serviceModules()) {
            String name = module.getFileName().toString();
            assertThat(services).as("services.%s in helm/charts/pitlane/values.yaml", name).containsKey(name);
            Path yml = module.resolve("src/main/resources/application.yml");
            if (!Files.isRegularFile(yml)) {
                continue;
            }
            Map<String, Object> app = Yamls.loadAll(Repo.read(yml)).get(0);
            Object port = Yamls.at(app, "server", "port");
            if (port != null) {
                assertThat(port).as("server.port of %s", name).isEqualTo(Yamls.at(services, name, "port"));
            }
            Object appName = Yamls.at(app, "spring", "application", "name");
            if (appName != null) {
                // the Kafka consumer group and the ServiceMonitor job are this name
                assertThat(appName).as("spring.application.name of %s", name).isEqualTo(name);
            }
            // a module with Flyway migrations owns a database
            boolean hasDatabase = Files.isDirectory(module.resolve("src/main/resources/db/migration"));
            assertThat(Yamls.at(services, name, "database") != null).as("services.%s.database", name).isEqualTo(hasDatabase);
        }
    }
}
