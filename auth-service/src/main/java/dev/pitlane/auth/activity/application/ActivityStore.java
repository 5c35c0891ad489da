package dev.pitlane.auth.activity.application;

import dev.pitlane.auth.activity.domain.Activity;

import java.util.List;
import java.util.UUID;

public interface ActivityStore {

    void append(Activity activity);

    /** Newest first, ids below {@code afterId} when given. */
    List<ActivityLog.StoredActivity> read(UUID organizationId, ActivityLog.Filter filter, Long afterId, int limit);
}
