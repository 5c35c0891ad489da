package dev.pitlane.inventory.bench;

import dev.pitlane.testsupport.Await;
import dev.pitlane.inventory.catalog.PriceLists;
import dev.pitlane.testsupport.Multipart;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 200,000-row OEM price list imported (and imported again: every row unchanged), then the 200,000-item catalog
 * exported as CSV and as XLSX, through the API of inventory-service running in this JVM (-Xmx512m, so the service's
 * heap, with the client's, stays under 512 MB or the run fails). Prints each phase's time and peak heap. Not a
 * test: run {@code inventory-service/bench/catalog-import.sh}.
 */
public final class CatalogImportBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 200_000);
    private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");

    private CatalogImportBenchmark() {
    }

    public static void main(String[] args) {
        int exit = 0;
        try (BenchService service = new BenchService("inventory_bench_catalog", 10)) {
            System.out.printf("%nmachine: %d cores, load average %.1f, max heap %d MB%n",
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().maxMemory() >> 20);
            HttpResponse<String> unit = service.post("/api/v1/units",
                    "{\"code\":\"pcs\",\"name\":\"Pieces\",\"factor\":1,\"fractional\":false}");
            check(unit.statusCode() == 201, unit.body());
            String effective = LocalDate.now(ZoneId.of("Asia/Kolkata")).minusDays(1).toString();
            byte[] file = PriceLists.catalog(ROWS, 0, "B", effective).csv().getBytes(StandardCharsets.UTF_8);
            System.out.printf("price list: %,d rows, %.1f MB CSV%n", ROWS, file.length / 1e6);

            String first = importFile(service, file, "first import (all created)");
            check(first.contains("\"created\":" + ROWS), first);
            String again = importFile(service, file, "same file again (all unchanged)");
            check(again.contains("\"unchanged\":" + ROWS), again);
            export(service, "csv");
            export(service, "xlsx");
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    private static String importFile(BenchService service, byte[] file, String what) throws Exception {
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        Multipart body = Multipart.file("file", "pricelist.csv", "text/csv", file);
        HttpResponse<String> submitted = service.http.send(HttpRequest.newBuilder(
                        URI.create(service.baseUrl + "/api/v1/item-imports"))
                .header("Authorization", "Bearer " + service.token).header("Content-Type", body.contentType())
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(body.body())).build(),
                HttpResponse.BodyHandlers.ofString());
        check(submitted.statusCode() == 200 || submitted.statusCode() == 202, submitted.body());
        String id = submitted.body().replaceAll(".*?\"id\":\"([^\"]+)\".*", "$1");
        String job = finished(submitted.body()) ? submitted.body()
                : Await.until("import " + id + " to finish", Duration.ofMinutes(30), Duration.ofMillis(200),
                        () -> jobStatus(service, id), CatalogImportBenchmark::finished);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-34s %6.1f s  %,8.0f rows/s  peak heap %4d MB   %s%n", what, seconds, ROWS / seconds,
                peakHeapMb(), job.replaceAll(",\"rejectedRows\".*", "}"));
        return job;
    }

    private static void export(BenchService service, String format) throws Exception {
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        HttpResponse<java.io.InputStream> response = service.http.send(HttpRequest.newBuilder(
                        URI.create(service.baseUrl + "/api/v1/items/export?format=" + format))
                .header("Authorization", "Bearer " + service.token).timeout(Duration.ofMinutes(5)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (var in = response.body()) {
            bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        check(response.statusCode() == 200, "export " + response.statusCode());
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-34s %6.1f s  %,8.0f rows/s  peak heap %4d MB   %.1f MB%n", "export " + format + " ("
                + ROWS + " items)", seconds, ROWS / seconds, peakHeapMb(), bytes / 1e6);
    }

    private static String jobStatus(BenchService service, String id) {
        try {
            return service.get("/api/v1/item-imports/" + id).body();
        } catch (Exception e) {
            throw new IllegalStateException("GET of import " + id + " failed", e);
        }
    }

    private static boolean finished(String job) {
        Matcher m = STATUS.matcher(job);
        return m.find() && (m.group(1).equals("SUCCEEDED") || m.group(1).equals("FAILED"));
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }
}
