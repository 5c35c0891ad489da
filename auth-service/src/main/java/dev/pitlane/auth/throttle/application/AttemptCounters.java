package dev.pitlane.auth.throttle.application;

import dev.pitlane.auth.throttle.domain.AttemptCounter;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Storage of the counters, shared by every replica (so a guesser cannot spread attempts across them). */
public interface AttemptCounters {

    /** The latest lock end among the keys that are locked at {@code now}. */
    Optional<Instant> lockedUntil(Collection<String> keys, Instant now);

    /** Changes one counter under a row lock, in a transaction of its own. */
    Change update(String key, Instant now, UnaryOperator<AttemptCounter> change);

    /** @return whether there was a counter */
    boolean remove(String key);

    int purge(Instant now, Duration idle);

    /** The counters whose key starts with {@code prefix}, the most recently failed first, at most {@code limit}. */
    List<Counted> list(String prefix, int limit);

    record Change(AttemptCounter before, AttemptCounter after) {
    }

    record Counted(String key, AttemptCounter counter) {
    }
}
