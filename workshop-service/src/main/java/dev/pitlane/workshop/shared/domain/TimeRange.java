package dev.pitlane.workshop.shared.domain;

import dev.pitlane.platform.domain.DomainException;

import java.time.Duration;
import java.time.Instant;

/** A half-open span of time [start, end), as PostgreSQL's {@code tstzrange(start, end)} reads it. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        if (!start.isBefore(end)) {
            throw DomainException.unprocessable("empty-time-range", "A time range must end after it starts");
        }
    }

    public static TimeRange of(Instant start, Duration length) {
        return new TimeRange(start, start.plus(length));
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
