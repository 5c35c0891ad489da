package dev.pitlane.platform.warmup;

/**
 * Work a service does before it reports ready, so that its first real requests do not pay for a cold start
 * (classes loaded, JIT, plans, connections, database buffers): a few representative queries, its hot handlers.
 * Register one as a bean; the platform runs each up to {@code pitlane.warm-up.rounds} times (20) within
 * {@code pitlane.warm-up.budget} (30s for all of them) after the web server has started and before readiness
 * turns to ACCEPTING_TRAFFIC. A warm-up that fails is logged and skipped: it must not keep a service down.
 * Outside a request there is no caller: run tenant-owned queries with {@code TenantContext.runAs(...)}.
 */
@FunctionalInterface
public interface WarmUp {

    /** One round; called repeatedly. */
    void run() throws Exception;
}
