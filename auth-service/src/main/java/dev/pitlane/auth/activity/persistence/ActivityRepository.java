package dev.pitlane.auth.activity.persistence;

import dev.pitlane.auth.activity.application.ActivityLog;
import dev.pitlane.auth.activity.application.ActivityStore;
import dev.pitlane.auth.activity.domain.Activity;
import dev.pitlane.auth.activity.domain.ActivityType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Repository
class ActivityRepository implements ActivityStore {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ActivityRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void append(Activity a) {
        jdbc.sql("""
                        INSERT INTO activity_log (organization_id, occurred_at, type, actor, user_id, client_id, email,
                                                  source_address, user_agent, details)
                        VALUES (:org, :at, :type, :actor, :user, :client, :email, :address, :agent,
                                CAST(:details AS jsonb))""")
                .param("org", a.organizationId())
                .param("at", Timestamp.from(a.occurredAt()))
                .param("type", a.type().name())
                .param("actor", a.actor())
                .param("user", a.userId())
                .param("client", a.clientId())
                .param("email", a.email())
                .param("address", a.sourceAddress())
                .param("agent", truncate(a.userAgent(), 512))
                .param("details", json.writeValueAsString(a.details()))
                .update();
    }

    @Override
    public List<ActivityLog.StoredActivity> read(UUID organizationId, ActivityLog.Filter filter, Long afterId,
                                                 int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, organization_id, occurred_at, type, actor, user_id, client_id, email, source_address,
                       user_agent, details::text
                FROM activity_log WHERE organization_id = :org""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", organizationId);
        if (afterId != null) {
            sql.append(" AND id < :after");
            params.put("after", afterId);
        }
        if (filter.userId() != null) {
            sql.append(" AND user_id = :user");
            params.put("user", filter.userId());
        }
        if (filter.type() != null) {
            sql.append(" AND type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        sql.append(" ORDER BY id DESC LIMIT :limit");
        params.put("limit", limit);
        List<ActivityLog.StoredActivity> out = new ArrayList<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            out.add(new ActivityLog.StoredActivity(rs.getLong(1), new Activity(rs.getObject(2, UUID.class),
                    rs.getTimestamp(3).toInstant(), ActivityType.valueOf(rs.getString(4)), rs.getString(5),
                    rs.getObject(6, UUID.class), rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9),
                    rs.getString(10), json.readValue(rs.getString(11), DETAILS))));
        });
        return out;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
