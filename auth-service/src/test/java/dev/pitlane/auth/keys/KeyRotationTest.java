package dev.pitlane.auth.keys;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.pitlane.auth.AuthIntegrationTest;
import dev.pitlane.auth.keys.application.KeyRingService;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyRotationTest extends AuthIntegrationTest {

    @Test
    void oldTokensKeepWorkingUntilTheyExpireAndNewTokensUseTheNewKey() throws Exception {
        String before = login("advisor@demo-motors.local", "pitlane-demo").access();
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

        TestHttp.Response rotated = as(root()).post("/api/v1/auth/keys/rotate", null);
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String newKid = rotated.json("$.kid");
        assertThat(newKid).isNotEqualTo(oldKid);

        assertThat(kids()).contains(oldKid, newKid);
        assertThat(as(before).get("/api/v1/users/me").status()).as("a token of the old key").isEqualTo(200);
        String after = login("advisor@demo-motors.local", "pitlane-demo").access();
        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(SignedJWT.parse(after).verify(new RSASSAVerifier(jwks().getKeyByKeyId(newKid).toRSAKey())))
                .as("the JWKS verifies what the service signs").isTrue();
        List<String> statuses = as(root()).get("/api/v1/auth/keys").json("$[*].status");
        assertThat(statuses).contains("ACTIVE", "RETIRED");

        clock.advance(Duration.ofMinutes(17));
        assertThat(kids()).as("the old key leaves the JWKS once its last token expired").contains(newKid)
                .doesNotContain(oldKid);
    }

    @Test
    void theActiveKeyIsReplacedOnceItsRotationPeriodIsOver(@Autowired KeyRingService keys) throws Exception {
        String before = keys.signingKey().kid();
        keys.rotateWhenDue();
        assertThat(keys.signingKey().kid()).as("not due yet").isEqualTo(before);
        clock.advance(Duration.ofDays(31));
        keys.rotateWhenDue();
        String after = keys.signingKey().kid();
        assertThat(after).isNotEqualTo(before);
        assertThat(kids()).contains(before, after);
        assertThat(SignedJWT.parse(login("advisor@demo-motors.local", "pitlane-demo").access()).getHeader().getKeyID())
                .isEqualTo(after);
    }

    @Test
    void discoveryPointsAtTheJwksAndTheTokenEndpoint() {
        TestHttp.Response doc = http().get("/.well-known/openid-configuration");
        assertThat(doc.status()).isEqualTo(200);
        String issuer = doc.json("$.issuer");
        assertThat(issuer).isEqualTo(dev.pitlane.testsupport.TestTokens.claimsOf(root()).get("iss"));
        assertThat(doc.<String>json("$.jwks_uri")).isEqualTo(issuer + "/oauth2/jwks");
        assertThat(doc.<String>json("$.token_endpoint")).isEqualTo(issuer + "/api/v1/auth/token");
        assertThat(doc.<List<String>>json("$.id_token_signing_alg_values_supported")).containsExactly("RS256");
        assertThat(http().get("/v3/api-docs").<String>json("$.paths['/api/v1/auth/login'].post.summary"))
                .isEqualTo("Sign in with email and password");
    }

    @Test
    void onlyAPlatformAdministratorRotatesKeys() {
        String orgAdmin = login("admin@demo-motors.local", "pitlane-demo").access();
        assertThat(as(orgAdmin).post("/api/v1/auth/keys/rotate", null).status()).isEqualTo(403);
        assertThat(http().post("/api/v1/auth/keys/rotate", null).status()).isEqualTo(401);
    }

    private List<String> kids() throws Exception {
        return jwks().getKeys().stream().map(k -> k.getKeyID()).toList();
    }

    private JWKSet jwks() throws Exception {
        TestHttp.Response r = http().get("/oauth2/jwks");
        assertThat(r.status()).isEqualTo(200);
        JWKSet set = JWKSet.parse(r.body());
        set.getKeys().forEach(k -> assertThat(k).isInstanceOf(RSAKey.class));
        set.getKeys().forEach(k -> assertThat(k.isPrivate()).as("never a private key").isFalse());
        return set;
    }
}
