package dev.pitlane.reporting.bench;

import dev.pitlane.reporting.export.application.ExportProperties;
import dev.pitlane.reporting.support.ReportingTestBase;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large export at a capped heap: {@code bench.rows} rows of stock movement (1,000,000 by default) exported as CSV
 * and as XLSX through the API and the scheduler, in this JVM, which the script starts with {@code -Xmx256m}. Prints
 * each export's time, rows and size, and the heap's peak during it (the sum of the heap pools' peaks: an upper
 * bound). Not a test (its name matches no test pattern): run by {@code reporting-service/bench/export.sh}.
 */
class ExportBenchmark extends ReportingTestBase {

    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);

    @Autowired
    ExportProperties exports;

    @Test
    void exportsAMillionRowsAtACappedHeap() throws Exception {
        UUID org = UUID.randomUUID();
        long start = System.nanoTime();
        db.execute("""
                INSERT INTO stock_movements_daily (organization_id, day, item_id, location_id, quantity_in,
                    quantity_out, value_in, value_out, movements)
                SELECT '%s', DATE '2020-01-01' + (i %% 2000), md5(i::text)::uuid, md5('l' || (i %% 7))::uuid,
                    i %% 97 + 0.125, i %% 13, (i %% 97) * 12.3456, 0, 1 + i %% 3
                FROM generate_series(1, %d) i""".formatted(org, ROWS));
        db.execute("ANALYZE stock_movements_daily");
        System.out.printf("rows %,d in the read model (%.1f s); max heap %d MB%n", ROWS,
                (System.nanoTime() - start) / 1e9, Runtime.getRuntime().maxMemory() >> 20);
        TestHttp accountant = accountant(org);
        for (String format : List.of("CSV", "XLSX")) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            String id = accountant.post("/api/v1/exports", "{\"report\":\"stock-movements\",\"format\":\""
                    + format + "\"}").json("$.id");
            var done = Await.until(format + " export", Duration.ofMinutes(30), Duration.ofMillis(500),
                    () -> accountant.get("/api/v1/exports/" + id),
                    r -> !List.of("QUEUED", "RUNNING").contains(r.<String>json("$.status")));
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            assertThat(done.<String>json("$.status")).as(done.body()).isEqualTo("DONE");
            Path file = exports.directory().resolve(org + "/" + id + "." + format.toLowerCase());
            System.out.printf("export %s: %,d rows in %.1f s (%,.0f rows/s), %,d bytes, peak heap %d MB%n", format,
                    ((Number) done.json("$.rowsWritten")).longValue(), seconds, ROWS / seconds, Files.size(file),
                    peak >> 20);
            if ("CSV".equals(format)) {
                try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    assertThat(lines.lines().count()).isEqualTo(ROWS + 1);
                }
            }
        }
    }
}
