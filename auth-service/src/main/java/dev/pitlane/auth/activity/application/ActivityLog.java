package dev.pitlane.auth.activity.application;

import dev.pitlane.auth.activity.domain.Activity;
import dev.pitlane.auth.activity.domain.ActivityType;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.web.Cursor;
import dev.pitlane.platform.web.CursorPage;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Writes activity in the transaction of what it reports, and reads it newest first. */
@Service
public class ActivityLog {

    private final ActivityStore store;
    private final Clock clock;

    public ActivityLog(ActivityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Entry entry(UUID organizationId, ActivityType type, RequestOrigin origin) {
        return new Entry(organizationId, type, origin);
    }

    public record Filter(UUID userId, ActivityType type, Instant from, Instant to) {
    }

    public CursorPage<StoredActivity> read(UUID organizationId, Filter filter, int limit, String cursor) {
        Cursor after = Cursor.decode(cursor, 1);
        Long afterId;
        try {
            afterId = after == null ? null : Long.parseLong(after.get(0));
        } catch (NumberFormatException e) {
            throw DomainException.invalidField("cursor", "Invalid",
                    "is not a cursor this endpoint gave out");
        }
        return CursorPage.of(store.read(organizationId, filter, afterId, limit + 1), limit,
                a -> Cursor.of(a.id()));
    }

    /** A line being composed; {@link #write()} stores it. */
    public final class Entry {
        private final UUID organizationId;
        private final ActivityType type;
        private final RequestOrigin origin;
        private String actor;
        private UUID userId;
        private UUID clientId;
        private String email;
        private Map<String, Object> details = Map.of();

        private Entry(UUID organizationId, ActivityType type, RequestOrigin origin) {
            this.organizationId = organizationId;
            this.type = type;
            this.origin = origin == null ? RequestOrigin.internal() : origin;
        }

        public Entry actor(String value) {
            actor = value;
            return this;
        }

        public Entry user(UUID value) {
            userId = value;
            return this;
        }

        public Entry client(UUID value) {
            clientId = value;
            return this;
        }

        public Entry email(String value) {
            email = value;
            return this;
        }

        public Entry details(Map<String, Object> value) {
            details = value;
            return this;
        }

        public void write() {
            store.append(new Activity(organizationId, clock.instant(), type, actor, userId, clientId, email,
                    origin.address(), origin.userAgent(), details));
        }
    }

    public record StoredActivity(long id, Activity activity) {
    }
}
