package dev.pitlane.gateway.routing;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceTableTest {

    @Test
    void takesTargetsFromEnvironmentVariablesWithDashesInTheServiceName() {
        StandardEnvironment environment = environment(Map.of(
                "PITLANE_GATEWAY_TARGETS_AUTH_SERVICE", "http://auth-service.pitlane.svc:8080",
                "PITLANE_GATEWAY_TARGETS_INVENTORY_SERVICE", "http://inventory-service.pitlane.svc:8080"));
        environment.getPropertySources().addLast(new MapPropertySource("application.yml", Map.of(
                "pitlane.gateway.targets.auth-service", "http://localhost:8081",
                "pitlane.gateway.targets.inventory-service", "http://localhost:8083")));

        ServiceTable table = ServiceTable.from(properties("auth-service", "inventory-service"), environment);

        assertThat(table.services()).extracting(ServiceRoute::target).containsExactly(
                URI.create("http://auth-service.pitlane.svc:8080"), URI.create("http://inventory-service.pitlane.svc:8080"));
    }

    @Test
    void refusesToStartWithoutATarget() {
        assertThatThrownBy(() -> ServiceTable.from(properties("billing-service"), environment(Map.of())))
                .hasMessageContaining("pitlane.gateway.targets.billing-service")
                .hasMessageContaining("PITLANE_GATEWAY_TARGETS_BILLING_SERVICE");
    }

    @Test
    void appliesTheGatewayWideBodyLimitUnlessTheServiceHasItsOwn() {
        StandardEnvironment environment = environment(Map.of("PITLANE_GATEWAY_TARGETS_A", "http://a",
                "PITLANE_GATEWAY_TARGETS_B", "http://b"));
        Map<String, ServiceTableProperties.Service> services = new LinkedHashMap<>();
        services.put("a", new ServiceTableProperties.Service(List.of("/a/**"), null, null, "/v3/api-docs"));
        services.put("b", new ServiceTableProperties.Service(List.of("/b/**"), Duration.ofMinutes(2),
                DataSize.ofMegabytes(50), "/openapi"));

        ServiceTable table = ServiceTable.from(new ServiceTableProperties(services, DataSize.ofMegabytes(10)), environment);

        assertThat(table.services().get(0).maxRequestSizeBytes()).isEqualTo(DataSize.ofMegabytes(10).toBytes());
        assertThat(table.services().get(0).responseTimeout()).isNull();
        assertThat(table.services().get(1).maxRequestSizeBytes()).isEqualTo(DataSize.ofMegabytes(50).toBytes());
        assertThat(table.services().get(1).responseTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(table.services().get(1).apiDocsPath()).isEqualTo("/openapi");
    }

    private static ServiceTableProperties properties(String... names) {
        Map<String, ServiceTableProperties.Service> services = new LinkedHashMap<>();
        for (String name : names) {
            services.put(name, new ServiceTableProperties.Service(List.of("/api/v1/" + name + "/**"), null, null,
                    "/v3/api-docs"));
        }
        return new ServiceTableProperties(services, DataSize.ofMegabytes(10));
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return environment;
    }
}
