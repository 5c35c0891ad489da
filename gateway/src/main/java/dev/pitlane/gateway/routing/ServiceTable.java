package dev.pitlane.gateway.routing;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every service the gateway fronts, with its target resolved. Built once at startup and failing fast: a
 * service without a target or without paths is a deployment mistake that should stop the gateway, not
 * surface later as a 404 or 503 for users.
 */
public final class ServiceTable {

    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final List<ServiceRoute> services;

    /** Sorted by name: configuration from several sources merges in no useful order, the UI needs a stable one. */
    public ServiceTable(List<ServiceRoute> services) {
        this.services = services.stream().sorted(Comparator.comparing(ServiceRoute::name)).toList();
    }

    public List<ServiceRoute> services() {
        return services;
    }

    public static ServiceTable from(ServiceTableProperties properties, Environment environment) {
        Binder binder = Binder.get(environment);
        List<ServiceRoute> routes = new ArrayList<>();
        for (Map.Entry<String, ServiceTableProperties.Service> entry : properties.services().entrySet()) {
            String name = entry.getKey();
            ServiceTableProperties.Service service = entry.getValue();
            if (!SERVICE_NAME.matcher(name).matches()) {
                throw new IllegalStateException("Service name '" + name + "' in pitlane.gateway.services must be "
                        + "lower case letters, digits and dashes");
            }
            if (service.paths().isEmpty()) {
                throw new IllegalStateException("pitlane.gateway.services." + name + ".paths is empty");
            }
            // looked up one name at a time (not bound as a map) so that the environment variable
            // PITLANE_GATEWAY_TARGETS_AUTH_SERVICE keeps the dash in "auth-service"
            URI target = binder.bind("pitlane.gateway.targets." + name, URI.class)
                    .orElseThrow(() -> new IllegalStateException("No target for service '" + name
                            + "': set pitlane.gateway.targets." + name + " (environment variable PITLANE_GATEWAY_TARGETS_"
                            + name.toUpperCase().replace('-', '_') + ")"));
            long maxBody = (service.maxRequestSize() != null ? service.maxRequestSize() : properties.maxRequestSize())
                    .toBytes();
            routes.add(new ServiceRoute(name, target, List.copyOf(service.paths()), service.responseTimeout(), maxBody,
                    service.apiDocs()));
        }
        return new ServiceTable(routes);
    }
}
