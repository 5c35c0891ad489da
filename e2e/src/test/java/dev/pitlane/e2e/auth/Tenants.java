package dev.pitlane.e2e.auth;

import dev.pitlane.devstack.Suite;
import dev.pitlane.e2e.E2eSuite;
import dev.pitlane.testsupport.TestHttp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static dev.pitlane.e2e.Responses.ok;

/**
 * Organizations, users and partner clients made through the gateway, each new, so a test owns what it changes and
 * the demo organization that other tests share stays as it was.
 */
public final class Tenants {

    /** Every user made here signs in with it. */
    public static final String PASSWORD = "e2e-Passphrase-7";

    public record Org(String id, String name, TestHttp admin) {
    }

    public record Member(String id, String email, TestHttp http) {
    }

    record Client(String id, String secret) {
    }

    private Tenants() {
    }

    static TestHttp platformAdmin() {
        return E2eSuite.as(Suite.SUPER_ADMIN);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** An organization made by the platform administrator, with its first ORG_ADMIN signed in. */
    public static Org newOrganization() {
        String name = "E2E Motors " + unique();
        String email = "admin-" + unique() + "@e2e.test";
        String id = ok(platformAdmin().post("/api/v1/organizations", """
                {"name":"%s","admin":{"email":"%s","firstName":"Asha","lastName":"Rao","password":"%s"}}"""
                .formatted(name, email, PASSWORD)), 201).json("$.organization.id");
        return new Org(id, name, E2eSuite.gateway().withToken(E2eSuite.login(email, PASSWORD)));
    }

    static String suspendedOrganization() {
        String id = newOrganization().id();
        ok(platformAdmin().post("/api/v1/organizations/" + id + "/suspend", "{\"reason\":\"e2e\"}"), 200);
        return id;
    }

    /** A user of {@code org} holding only {@code role}, signed in. */
    public static Member newMember(Org org, String role) {
        String email = role.toLowerCase().replace('_', '-') + "-" + unique() + "@e2e.test";
        String id = ok(org.admin().post("/api/v1/users", """
                {"email":"%s","firstName":"Ravi","lastName":"Patil","roles":["%s"],"password":"%s"}"""
                .formatted(email, role, PASSWORD)), 201).json("$.id");
        return new Member(id, email, E2eSuite.gateway().withToken(E2eSuite.login(email, PASSWORD)));
    }

    /** A user of {@code org} that is not signed in: a target for what others do to users. */
    static String newUser(Org org) {
        return ok(org.admin().post("/api/v1/users", """
                {"email":"target-%s@e2e.test","firstName":"Meera","lastName":"Iyer","roles":["STAFF"],\
                "password":"%s"}"""
                .formatted(unique(), PASSWORD)), 201).json("$.id");
    }

    static String deactivatedUser(Org org) {
        String id = newUser(org);
        ok(org.admin().post("/api/v1/users/" + id + "/deactivate", null), 200);
        return id;
    }

    /** A client address (as a trusted proxy in front of the gateway names it) with one failed sign-in. */
    static String failedSignInAddress() {
        String address = "198.18." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
                + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
        E2eSuite.gateway().post("/api/v1/auth/login", "{\"email\":\"nobody-" + unique()
                + "@e2e.test\",\"password\":\"wrong-password\"}", "X-Forwarded-For", address);
        return address;
    }

    static Client newClient(Org org) {
        var made = ok(org.admin().post("/api/v1/clients",
                "{\"name\":\"partner-" + unique() + "\",\"permissions\":[\"item:read\"]}"), 201);
        return new Client(made.json("$.clientId"), made.json("$.clientSecret"));
    }

    /** Client credentials (RFC 6749 §4.4) as a partner sends them: a form body, no bearer token. */
    static TestHttp.Response clientToken(Client client) {
        return E2eSuite.gateway().post("/api/v1/auth/token", clientCredentialsForm(client),
                "Content-Type", "application/x-www-form-urlencoded");
    }

    static String clientCredentialsForm(Client client) {
        return "grant_type=client_credentials&client_id=" + client.id() + "&client_secret="
                + URLEncoder.encode(client.secret(), StandardCharsets.UTF_8);
    }
}
