package dev.pitlane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.LintResult;
import dev.pitlane.helm.support.Charts;
import dev.pitlane.helm.support.Charts.Profile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** `helm lint --strict` of both charts, the umbrella with every values file. */
class HelmLintTest {

    @ParameterizedTest
    @EnumSource(Profile.class)
    void umbrellaChartLintsCleanWithEveryValuesFile(Profile profile) {
        LintResult r = Charts.lint(profile);
        assertThat(r.isFailed()).as("helm lint --strict with %s: %s", profile, r.getMessages()).isFalse();
        assertThat(r.getMessages()).noneMatch(s -> s.contains("[ERROR]") || s.contains("[WARNING]"));
    }

    /** NOTES.txt and the templates also render on the Keycloak and first-administrator branches. */
    @Test
    void umbrellaChartLintsCleanWithKeycloakAndABootstrapAdmin() {
        LintResult keycloak = Charts.lint(Profile.PROD, Map.of("identity", Map.of("provider", "keycloak",
                "keycloak", Map.of("issuerUri", "https://sso.example.com/realms/pitlane"))));
        assertThat(keycloak.isFailed()).as("%s", keycloak.getMessages()).isFalse();
        LintResult admin = Charts.lint(Profile.DEFAULT, Map.of("auth", Map.of("bootstrapAdmin",
                Map.of("existingSecret", "pitlane-bootstrap-admin"))));
        assertThat(admin.isFailed()).as("%s", admin.getMessages()).isFalse();
    }

    @Test
    void libraryChartLintsClean() {
        LintResult r = Charts.lintLibrary();
        assertThat(r.isFailed()).as("helm lint --strict pitlane-service: %s", r.getMessages()).isFalse();
    }
}
