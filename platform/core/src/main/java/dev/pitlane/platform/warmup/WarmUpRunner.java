package dev.pitlane.platform.warmup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;

import java.time.Duration;
import java.util.List;

/**
 * Runs the service's {@link WarmUp}s while it refuses traffic. Spring Boot turns readiness to ACCEPTING_TRAFFIC
 * only after every application runner has returned, so the readiness probe stays 503 until the warm-up is done
 * (the web server already listens: a warm-up may call the service's own endpoints).
 */
final class WarmUpRunner implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(WarmUpRunner.class);

    private final List<WarmUp> warmUps;
    private final int rounds;
    private final Duration budget;
    private final ApplicationEventPublisher events;

    WarmUpRunner(List<WarmUp> warmUps, int rounds, Duration budget, ApplicationEventPublisher events) {
        this.warmUps = warmUps;
        this.rounds = rounds;
        this.budget = budget;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        for (WarmUp warmUp : warmUps) {
            int done = warm(warmUp, deadline);
            log.info("Warmed up {}: {} rounds", warmUp.getClass().getSimpleName(), done);
        }
        log.info("Warm-up done in {} ms; ready for traffic", (System.nanoTime() - started) / 1_000_000);
    }

    private int warm(WarmUp warmUp, long deadline) {
        int done = 0;
        while (done < rounds && System.nanoTime() < deadline) {
            try {
                warmUp.run();
                done++;
            } catch (Exception e) {
                log.warn("Warm-up {} failed after {} rounds, skipped: {}", warmUp.getClass().getSimpleName(), done,
                        e.toString());
                return done;
            }
        }
        return done;
    }

    /** Last of the runners: whatever a service's own runners prepare is warmed up too. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
