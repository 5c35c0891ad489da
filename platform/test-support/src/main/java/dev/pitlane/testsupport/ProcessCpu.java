package dev.pitlane.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user + system) processes have used so far, read from Linux's {@code /proc}: how benchmarks tell where a
 * machine's cores went during a phase. Elsewhere, or for a process that is gone, it reads 0.
 */
public final class ProcessCpu {

    /** Linux's clock tick, which {@code /proc/PID/stat} counts in, is 10 ms on every kernel these machines run. */
    private static final long MILLIS_PER_TICK = 10;

    private ProcessCpu() {
    }

    /** What process {@code pid} itself has used. */
    public static long millis(long pid) {
        String[] fields = stat(pid);
        // utime and stime: fields 14 and 15 of stat
        return fields == null ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
    }

    /**
     * What this process's children that it has waited for used (cutime and cstime), such as a load generator run as
     * a child process until it exited.
     */
    public static long reapedChildrenMillis() {
        String[] fields = stat(ProcessHandle.current().pid());
        return fields == null ? 0 : (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * MILLIS_PER_TICK;
    }

    /**
     * What every process of the local PostgreSQL server has used, including backends that have already exited
     * (their time is in the postmaster's cutime and cstime once it reaped them). Meaningful while the server serves
     * only the benchmark.
     */
    public static long postgresMillis() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .mapToLong(p -> {
                    String[] fields = stat(p.pid());
                    if (fields == null) {
                        return 0;
                    }
                    long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    // the postmaster (ppid not a postgres process) also counts its exited children
                    boolean postmaster = p.parent().flatMap(pp -> pp.info().command())
                            .map(c -> !c.endsWith("/postgres")).orElse(true);
                    long reaped = postmaster ? Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : 0;
                    return (own + reaped) * MILLIS_PER_TICK;
                }).sum();
    }

    /** The fields of {@code /proc/PID/stat} after the command name, from field 3 (state) on; null when unreadable. */
    private static String[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
