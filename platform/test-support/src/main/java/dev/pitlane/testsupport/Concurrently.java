package dev.pitlane.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The same call made by many threads at once, for race tests: every result, in no particular order. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Runs {@code call} on {@code threads} threads started together; fails with the first call that threw. */
    public static <T> List<T> run(int threads, Callable<T> call) throws InterruptedException, ExecutionException {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            calls.add(call);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
