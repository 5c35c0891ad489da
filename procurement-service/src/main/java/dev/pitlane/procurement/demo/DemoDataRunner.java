package dev.pitlane.procurement.demo;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Seeds the demo data at startup when {@code pitlane.demo-data.enabled=true}, then keeps stepping it on in the
 * background until every parts issue reached its status (they wait on inventory's answers), for at most
 * {@link #PASSES} passes.
 */
@Component
@ConditionalOnProperty(name = "pitlane.demo-data.enabled", havingValue = "true")
class DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
    private static final int PASSES = 60;
    private static final Duration PAUSE = Duration.ofSeconds(10);

    private final DemoData demo;
    private volatile Thread worker;

    DemoDataRunner(DemoData demo) {
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        DemoData.logSummary();
        worker = new Thread(this::run, "demo-data");
        worker.setDaemon(true);
        worker.start();
    }

    private void run() {
        for (int pass = 0; pass < PASSES; pass++) {
            try {
                // parts issues go to inventory from the second pass: the opening stock must be there first
                if (demo.pass(pass > 0)) {
                    log.info("Demo data complete");
                    return;
                }
            } catch (RuntimeException e) {
                log.warn("Demo data pass {} failed, trying again: {}", pass, e.toString());
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
        log.warn("Demo data incomplete after {} passes: is inventory-service running with its demo items?", PASSES);
    }

    @PreDestroy
    void stop() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }
}
