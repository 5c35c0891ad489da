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
        Path root = Suite.repositoryRoot();
        Suite.Builder builder = Suite.builder(root).workDir(root.resolve("e2e/target/bench-suite"));
        String profiled = System.getenv("BENCH_PROFILE");
        if (profiled != null) {
            // a flight recording of one service, to see where its CPU goes: jfr view hot-methods <file>
            builder.env(profiled, "JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=settings=profile,filename="
                    + root.resolve("e2e/target/" + profiled + ".jfr"));
        }
        try (Suite suite = builder.portOffset(21_000).kafkaPort(0).demoData(true)
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
            // the JIT first: a few thousand requests leave the C2 compiler busy with the gateway's and the service's
            // request paths well into the measured runs, which then share the cores with it (not measured)
            load.saturated("warm-up", () -> FixedRateLoad.get(viaGateway, token), 32, Duration.ofSeconds(30));
            load.saturated("warm-up", () -> FixedRateLoad.get(direct, token), 32, Duration.ofSeconds(10));
            FixedRateLoad.Result d = load.atRate("direct @300/s", direct, token, 300,
                    warmUp, measure);
            System.out.println(d);
            FixedRateLoad.Result g = load.atRate("gateway @300/s", viaGateway, token, 300, warmUp, measure);
            System.out.println(g);
            CpuTime cpu = new CpuTime(suite.service("gateway").pid(), suite.service(service).pid());
            FixedRateLoad.Result ds = load.saturated("direct saturated (32 in flight)",
                    () -> FixedRateLoad.get(direct, token), 32, Duration.ofSeconds(Math.min(seconds, 20)));
            System.out.println(ds + cpu.perRequest(ds.requests()));
            FixedRateLoad.Result gs = load.saturated("gateway saturated (32 in flight)",
                    () -> FixedRateLoad.get(viaGateway, token), 32, Duration.ofSeconds(Math.min(seconds, 20)));
            System.out.println(gs + cpu.perRequest(gs.requests()));
            System.out.printf("%nGateway adds p50 %+.2f ms (goal ≤ 2), p99 %+.2f ms (goal ≤ 10); keeps %.0f%% of the"
                            + " direct throughput (goal ≥ 50%%)%n", g.p50Ms() - d.p50Ms(), g.p99Ms() - d.p99Ms(),
                    100 * gs.rate() / ds.rate());
        }
        System.exit(0);
    }

    /**
     * CPU time the gateway and the service spent per request in a phase, from /proc: unlike a rate, it hardly
     * depends on what else the machine is doing, so it shows what a change to either is worth.
     */
    private static final class CpuTime {
        private final long gatewayPid;
        private final long servicePid;
        private long gatewayTicks;
        private long serviceTicks;

        CpuTime(long gatewayPid, long servicePid) {
            this.gatewayPid = gatewayPid;
            this.servicePid = servicePid;
            gatewayTicks = ticks(gatewayPid);
            serviceTicks = ticks(servicePid);
        }

        String perRequest(long requests) {
            long g = ticks(gatewayPid);
            long sv = ticks(servicePid);
            // Linux counts CPU time in ticks of 10 ms
            String line = String.format("  cpu/request: gateway %.3f ms, service %.3f ms",
                    (g - gatewayTicks) * 10.0 / requests, (sv - serviceTicks) * 10.0 / requests);
            gatewayTicks = g;
            serviceTicks = sv;
            return line;
        }

        private static long ticks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (java.io.IOException e) {
                return 0;
            }
        }
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
