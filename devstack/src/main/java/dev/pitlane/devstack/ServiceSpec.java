package dev.pitlane.devstack;

import java.util.List;
import java.util.Map;

/**
 * One service of the suite as devstack runs it: its module, port, whether it has a database of its own, and the
 * port of its actuator when that is not the service's own (the gateway keeps metrics and probes off its public
 * port). Adding a service to the suite is one line in {@link #SUITE}.
 *
 * @param managementPort 0: the actuator is on {@code port}
 */
public record ServiceSpec(String name, int port, boolean database, Map<String, String> extraEnv, int managementPort) {

    public static final List<ServiceSpec> SUITE = List.of(
            new ServiceSpec("auth-service", 8081, true, Map.of()),
            new ServiceSpec("customer-service", 8082, true, Map.of()),
            new ServiceSpec("inventory-service", 8083, true, Map.of()),
            new ServiceSpec("procurement-service", 8084, true, Map.of()),
            new ServiceSpec("workshop-service", 8085, true, Map.of()),
            new ServiceSpec("billing-service", 8086, true, Map.of()),
            new ServiceSpec("reporting-service", 8087, true, Map.of()),
            new ServiceSpec("gateway", 8080, false, Map.of(), 9090));

    public ServiceSpec(String name, int port, boolean database, Map<String, String> extraEnv) {
        this(name, port, database, extraEnv, 0);
    }

    public String databaseName() {
        return "pitlane_" + name.replace("-service", "").replace('-', '_');
    }

    /** Environment variable that tells the gateway where this service runs. */
    public String gatewayTargetVariable() {
        return "PITLANE_GATEWAY_TARGETS_" + name.toUpperCase().replace('-', '_');
    }
}
