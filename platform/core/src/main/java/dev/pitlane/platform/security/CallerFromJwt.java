package dev.pitlane.platform.security;

import dev.pitlane.platform.tenancy.Caller;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads a {@link Caller} out of a validated token, with claim names from configuration. */
public final class CallerFromJwt {

    private final PitlaneSecurityProperties.Claims claims;

    public CallerFromJwt(PitlaneSecurityProperties.Claims claims) {
        this.claims = claims;
    }

    public Caller read(Jwt jwt) {
        Object org = claim(jwt.getClaims(), claims.getOrganization());
        UUID organizationId = org == null ? null : parseUuid(org.toString());
        Set<UUID> centers = new HashSet<>();
        for (String id : strings(claim(jwt.getClaims(), claims.getServiceCenters()))) {
            UUID parsed = parseUuid(id);
            if (parsed != null) {
                centers.add(parsed);
            }
        }
        String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getClaimAsString("client_id");
        return new Caller(organizationId, subject, strings(claim(jwt.getClaims(), claims.getRoles())),
                strings(claim(jwt.getClaims(), claims.getPermissions())), centers);
    }

    static Object claim(Map<String, Object> all, String path) {
        Object current = all;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    static Set<String> strings(Object value) {
        Set<String> out = new LinkedHashSet<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        } else if (value instanceof String s && !s.isBlank()) {
            for (String part : s.split("[ ,]+")) {
                out.add(part);
            }
        }
        return out;
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
