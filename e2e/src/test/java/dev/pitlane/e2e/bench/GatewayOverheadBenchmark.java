package dev.pitlane.e2e.bench;

import dev.pitlane.devstack.Suite;
import dev.pitlane.testsupport.TestHttp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the gateway costs: the same read endpoint called directly and through the gateway, in one run on this
 * machine — latency at a fixed 300 req/s, and saturated throughput. Not a test: it prints figures.
 *
 * <p>Run: {@code e2e/bench/gateway-overhead.sh [path] [seconds]} (default {@code /api/v1/locations}, 30 s).
 */
public final class GatewayOverheadBenchmark {

    public static void main(String[] args) throws Exception {
        String path = args.length > 0 ? args[0] : "/api/v1/locations";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("devstack/run"))) {
            root = root.getParent();
        }
        try (Suite suite = Suite.builder(root).workDir(root.resolve("e2e/target/bench-suite")).portOffset(20_000)
                .kafkaPort(0).demoData(true)
                .jvmOptions(List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"))
                .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_CLIENT_REPLENISH_RATE", "1000000")
                .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_CLIENT_BURST", "1000000")
                .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_ORGANIZATION_REPLENISH_RATE", "1000000")
                .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_ORGANIZATION_BURST", "1000000")
                .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_LOGIN_BURST", "1000000")
                .build().start()) {
            String token = TestHttp.at(suite.gatewayUrl()).post("/api/v1/auth/login",
                    "{\"email\":\"admin@demo-motors.local\",\"password\":\"" + Suite.DEMO_PASSWORD + "\"}")
                    .json("$.accessToken");
            String service = serviceOf(path);
            String direct = suite.directUrl(service) + path;
            String viaGateway = suite.gatewayUrl() + path;
            FixedRateLoad load = new FixedRateLoad();
            Duration warmUp = Duration.ofSeconds(10);
            Duration measure = Duration.ofSeconds(seconds);

            System.out.println("Gateway overhead on " + path + " (" + service + "), " + Runtime.getRuntime()
                    .availableProcessors() + " cores, everything on this machine");
            FixedRateLoad.Result d = load.atRate("direct @300/s", () -> FixedRateLoad.get(direct, token), 300,
                    warmUp, measure);
            System.out.println(d);
            FixedRateLoad.Result g = load.atRate("gateway @300/s", () -> FixedRateLoad.get(viaGateway, token),
                    300, warmUp, measure);
            System.out.println(g);
            FixedRateLoad.Result ds = load.saturated("direct saturated (32 in flight)",
                    () -> FixedRateLoad.get(direct, token), 32, Duration.ofSeconds(Math.min(seconds, 20)));
            System.out.println(ds);
            FixedRateLoad.Result gs = load.saturated("gateway saturated (32 in flight)",
                    () -> FixedRateLoad.get(viaGateway, token), 32, Duration.ofSeconds(Math.min(seconds, 20)));
            System.out.println(gs);
            System.out.printf("%nGateway adds p50 %+.2f ms (goal ≤ 2), p99 %+.2f ms (goal ≤ 10); keeps %.0f%% of the"
                            + " direct throughput (goal ≥ 50%%)%n", g.p50Ms() - d.p50Ms(), g.p99Ms() - d.p99Ms(),
                    100 * gs.rate() / ds.rate());
        }
        System.exit(0);
    }

    private static String serviceOf(String path) {
        if (path.startsWith("/api/v1/customers") || path.startsWith("/api/v1/vehicles")) {
            return "customer-service";
        }
        if (path.startsWith("/api/v1/suppliers") || path.startsWith("/api/v1/purchase-orders")) {
            return "procurement-service";
        }
        if (path.startsWith("/api/v1/users") || path.startsWith("/api/v1/roles")) {
            return "auth-service";
        }
        return "inventory-service";
    }

}
