package dev.pitlane.platform.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Forgets inbox ids and idempotency keys once no retry can need them any more. */
public class MessagingHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MessagingHousekeeping.class);
    private final List<Runnable> tasks;
    private ScheduledExecutorService scheduler;

    public MessagingHousekeeping(List<Runnable> tasks) {
        this.tasks = tasks;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "messaging-housekeeping");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::runAll, 5, 60, TimeUnit.MINUTES);
    }

    private void runAll() {
        for (Runnable task : tasks) {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Housekeeping task failed: {}", e.toString());
            }
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
