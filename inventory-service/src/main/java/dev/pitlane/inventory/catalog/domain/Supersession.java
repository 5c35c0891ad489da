package dev.pitlane.inventory.catalog.domain;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Part A replaced by part B, B by C...: a chain that must end, never loop back. */
public final class Supersession {

    private Supersession() {
    }

    /**
     * @param successorOf the current successor of any item (empty when none)
     * @return true when making {@code item} superseded by {@code successor} would close a loop
     */
    public static boolean wouldLoop(UUID item, UUID successor, Function<UUID, Optional<UUID>> successorOf) {
        Set<UUID> seen = new HashSet<>();
        UUID current = successor;
        while (current != null) {
            if (current.equals(item) || !seen.add(current)) {
                return true;
            }
            current = successorOf.apply(current).orElse(null);
        }
        return false;
    }

    /** The item to use today: follows the chain to its end. */
    public static UUID current(UUID item, Function<UUID, Optional<UUID>> successorOf) {
        Set<UUID> seen = new HashSet<>();
        UUID current = item;
        while (seen.add(current)) {
            Optional<UUID> next = successorOf.apply(current);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }
}
