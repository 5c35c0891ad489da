package dev.pitlane.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where tokens come from and how to read them. The defaults read auth-service's tokens; Keycloak's need
 * {@code claims.roles=realm_access.roles} and an organization claim mapped in the realm ({@code org_id}).
 */
@ConfigurationProperties("pitlane.security")
public class PitlaneSecurityProperties {

    /** The token issuer ({@code iss}); tokens from any other issuer are refused. */
    private String issuerUri = "http://localhost:8081";
    /** Where the issuer publishes its keys. */
    private String jwkSetUri = "http://localhost:8081/oauth2/jwks";
    /** Longest wait to connect to the issuer and to read its keys; a request meeting a new key fails after it. */
    private Duration jwksTimeout = Duration.ofSeconds(5);
    private final Claims claims = new Claims();
    /** Extra paths reachable without a token (health, metrics and API docs are always open). */
    private List<String> publicPaths = new ArrayList<>();
    /** Accepted tokens remembered so their signature is checked once, not on every request (0: off). */
    private int tokenCacheSize = 4096;
    /** Longest time a token is trusted without checking it again, even if it expires later. */
    private Duration tokenCacheTtl = Duration.ofMinutes(5);

    public static class Claims {
        /** Claim with the organization id; a dotted path reaches into nested claims. */
        private String organization = "org_id";
        private String roles = "roles";
        private String permissions = "permissions";
        private String serviceCenters = "service_center_ids";

        public String getOrganization() {
            return organization;
        }

        public void setOrganization(String organization) {
            this.organization = organization;
        }

        public String getRoles() {
            return roles;
        }

        public void setRoles(String roles) {
            this.roles = roles;
        }

        public String getPermissions() {
            return permissions;
        }

        public void setPermissions(String permissions) {
            this.permissions = permissions;
        }

        public String getServiceCenters() {
            return serviceCenters;
        }

        public void setServiceCenters(String serviceCenters) {
            this.serviceCenters = serviceCenters;
        }
    }

    public String getIssuerUri() {
        return issuerUri;
    }

    public void setIssuerUri(String issuerUri) {
        this.issuerUri = issuerUri;
    }

    public String getJwkSetUri() {
        return jwkSetUri;
    }

    public void setJwkSetUri(String jwkSetUri) {
        this.jwkSetUri = jwkSetUri;
    }

    public Claims getClaims() {
        return claims;
    }

    public List<String> getPublicPaths() {
        return publicPaths;
    }

    public void setPublicPaths(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }

    public Duration getJwksTimeout() {
        return jwksTimeout;
    }

    public void setJwksTimeout(Duration jwksTimeout) {
        this.jwksTimeout = jwksTimeout;
    }

    public int getTokenCacheSize() {
        return tokenCacheSize;
    }

    public void setTokenCacheSize(int tokenCacheSize) {
        this.tokenCacheSize = tokenCacheSize;
    }

    public Duration getTokenCacheTtl() {
        return tokenCacheTtl;
    }

    public void setTokenCacheTtl(Duration tokenCacheTtl) {
        this.tokenCacheTtl = tokenCacheTtl;
    }
}
