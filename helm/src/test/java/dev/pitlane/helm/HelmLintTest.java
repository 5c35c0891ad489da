package dev.pitlane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.helm.support.Charts;
import dev.pitlane.helm.support.Charts.Profile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** `helm lint --strict` of both charts, the umbrella with every values file (a failed lint exits non-zero). */
class HelmLintTest {

    @ParameterizedTest
    @EnumSource(Profile.class)
    void umbrellaChartLintsCleanWithEveryValuesFile(Profile profile) {
        assertThat(Charts.lint(profile, Map.of())).contains("0 chart(s) failed").doesNotContain("[WARNING]", "[ERROR]");
    }

    /** NOTES.txt and the templates also render on the Keycloak, first-administrator, CloudNativePG and Ingress branches. */
    @Test
    void umbrellaChartLintsCleanWithKeycloakAndABootstrapAdmin() {
        assertThat(Charts.lint(Profile.PROD, Map.of("identity.provider", "keycloak",
                "identity.keycloak.issuerUri", "https://sso.example.com/realms/pitlane"))).contains("0 chart(s) failed");
        assertThat(Charts.lint(Profile.DEFAULT, Map.of("auth.bootstrapAdmin.existingSecret", "pitlane-bootstrap-admin")))
                .contains("0 chart(s) failed");
        assertThat(Charts.lint(Profile.PROD, Map.of("cloudnativepg.enabled", "true", "migrations.mode", "initContainer",
                "cloudnativepg.backup.enabled", "true", "cloudnativepg.backup.destinationPath", "s3://b/pitlane",
                "cloudnativepg.backup.s3CredentialsSecret", "s3", "httpRoute.enabled", "false", "ingress.enabled", "true")))
                .contains("0 chart(s) failed");
    }

    @Test
    void libraryChartLintsClean() {
        assertThat(Charts.lintLibrary()).contains("0 chart(s) failed");
    }
}
