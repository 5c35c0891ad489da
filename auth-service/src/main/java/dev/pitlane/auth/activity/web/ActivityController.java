package dev.pitlane.auth.activity.web;

import dev.pitlane.auth.activity.application.ActivityLog;
import dev.pitlane.auth.activity.domain.ActivityType;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.CursorPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/activity")
@Validated
@Tag(name = "Activity",
        description = "Sign-ins, failed sign-ins, role and password changes, clients: who, when, from where")
class ActivityController {

    private final ActivityLog log;

    ActivityController(ActivityLog log) {
        this.log = log;
    }

    record ActivityView(long id, Instant occurredAt, ActivityType type, String actor, UUID userId, UUID clientId,
                        String email, String sourceAddress, String userAgent, Map<String, Object> details) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('activity:read')")
    @Operation(summary = "The organization's activity, newest first; follow `next` for older entries")
    CursorPage<ActivityView> list(@RequestParam(required = false) UUID userId,
                                  @RequestParam(required = false) ActivityType type,
                                  @RequestParam(required = false) Instant from,
                                  @RequestParam(required = false) Instant to,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                  @RequestParam(required = false) String cursor) {
        return log.read(TenantContext.organizationId(), new ActivityLog.Filter(userId, type, from, to), limit, cursor)
                .map(s -> {
                    var a = s.activity();
                    return new ActivityView(s.id(), a.occurredAt(), a.type(), a.actor(), a.userId(), a.clientId(),
                            a.email(), a.sourceAddress(), a.userAgent(), a.details());
                });
    }
}
