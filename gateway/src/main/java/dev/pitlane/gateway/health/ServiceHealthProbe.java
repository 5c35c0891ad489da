package dev.pitlane.gateway.health;

import dev.pitlane.gateway.routing.ServiceRoute;
import dev.pitlane.gateway.routing.ServiceTable;
import io.netty.channel.ChannelOption;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks every service whether it is ready, all at once, and remembers the answers briefly. Uses a plain client
 * of its own: probes are not user traffic, so they bypass the circuit breakers and do not show in route metrics.
 */
@Component
class ServiceHealthProbe {

    static final String UP = "UP";
    static final String DOWN = "DOWN";

    private final List<ServiceRoute> services;
    private final HealthProbeProperties properties;
    private final WebClient client;
    private final Mono<Map<String, String>> cached;

    ServiceHealthProbe(ServiceTable table, HealthProbeProperties properties) {
        this.services = table.services();
        this.properties = properties;
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.timeout().toMillis())
                .responseTimeout(properties.timeout());
        this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
        this.cached = probeAll().cache(properties.cache());
    }

    /** Service name → UP or DOWN, in the order of the service table. */
    Mono<Map<String, String>> statuses() {
        return cached;
    }

    private Mono<Map<String, String>> probeAll() {
        return Flux.fromIterable(services)
                .flatMap(service -> probe(service).map(status -> Tuples.of(service.name(), status)), services.size() + 1)
                .collectMap(Tuple2::getT1, Tuple2::getT2)
                .map(this::inTableOrder);
    }

    private Mono<String> probe(ServiceRoute service) {
        return client.get()
                .uri(service.target().resolve(properties.path()))
                .exchangeToMono(response -> response.releaseBody()
                        .thenReturn(response.statusCode().is2xxSuccessful() ? UP : DOWN))
                .timeout(properties.timeout())
                .onErrorReturn(DOWN);
    }

    private Map<String, String> inTableOrder(Map<String, String> statuses) {
        Map<String, String> ordered = new LinkedHashMap<>();
        services.forEach(service -> ordered.put(service.name(), statuses.getOrDefault(service.name(), DOWN)));
        return ordered;
    }
}
