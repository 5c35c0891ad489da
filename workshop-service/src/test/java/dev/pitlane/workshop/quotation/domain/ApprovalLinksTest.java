package dev.pitlane.workshop.quotation.domain;

import dev.pitlane.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalLinksTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private final ApprovalLinks links = new ApprovalLinks("a-deployment-secret-of-at-least-32-bytes!".getBytes(
            StandardCharsets.UTF_8));
    private final ApprovalLinkClaims claims = new ApprovalLinkClaims(UUID.randomUUID(), UUID.randomUUID(), 3,
            NOW.plus(Duration.ofDays(2)), UUID.randomUUID());

    @Test
    void aGenuineLinkGivesBackItsClaimsUntilItExpires() {
        String token = links.sign(claims);
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(links.verify(token, NOW)).isEqualTo(claims);
        assertThat(links.verify(token, claims.expiresAt().minusSeconds(1))).isEqualTo(claims);
        assertThatThrownBy(() -> links.verify(token, claims.expiresAt()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code())
                        .isEqualTo("approval-link-expired"));
    }

    @Test
    void aForgedOrAlteredLinkIsUnknown() {
        String token = links.sign(claims);
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        // another version of the same quotation, or a later expiry, with the old signature
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("|3|", "|4|")
                .getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
        String otherSecret = new ApprovalLinks("another-secret-another-secret-another!".getBytes(
                StandardCharsets.UTF_8)).sign(claims);
        for (String bad : new String[]{altered, otherSecret, token + "x", "nonsense", "", ".", token.substring(1)}) {
            assertThatThrownBy(() -> links.verify(bad, NOW)).as(bad)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("approval-link-invalid");
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    });
        }
    }

    @Test
    void everyLinkIsDistinctAndASecretMustBeLongEnough() {
        var again = new ApprovalLinkClaims(claims.organizationId(), claims.quotationId(), claims.version(),
                claims.expiresAt(), UUID.randomUUID());
        assertThat(links.sign(again)).isNotEqualTo(links.sign(claims));
        assertThatThrownBy(() -> new ApprovalLinks("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
