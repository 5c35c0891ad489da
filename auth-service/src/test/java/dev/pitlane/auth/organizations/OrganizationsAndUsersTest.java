package dev.pitlane.auth.organizations;

import dev.pitlane.auth.AuthIntegrationTest;
import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.KafkaTap;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationsAndUsersTest extends AuthIntegrationTest {

    @Test
    void theLifeOfAnOrganizationAndItsUsersIsPublishedAsContractEvents() {
        Org org = newOrganization();
        Member member = newMember(org, "TECHNICIAN");
        String center = "7e57da7a-0000-4000-8000-000000000102";
        assertThat(as(org.admin()).put("/api/v1/users/" + member.id() + "/roles",
                "{\"roles\":[\"TECHNICIAN\",\"STORE_KEEPER\"],\"serviceCenterIds\":[\"" + center + "\"]}").status())
                .isEqualTo(200);
        assertThat(as(org.admin()).post("/api/v1/users/" + member.id() + "/deactivate", null).status())
                .isEqualTo(200);
        assertThat(as(root()).patch("/api/v1/organizations/" + org.id(), "{\"taxId\":\"27AAACD1234E1Z5\"}")
                .status()).isEqualTo(200);
        assertThat(as(root()).post("/api/v1/organizations/" + org.id() + "/suspend", "{\"reason\":\"unpaid\"}")
                .status()).isEqualTo(200);

        List<KafkaTap.Event> orgEvents = published("auth.organization.v1", org.id().toString(), 3);
        assertThat(orgEvents).extracting(KafkaTap.Event::type)
                .containsExactly("OrganizationCreated", "OrganizationUpdated", "OrganizationSuspended");
        assertThat(orgEvents).allSatisfy(e -> assertThat(e.organizationId()).isEqualTo(org.id().toString()));

        List<KafkaTap.Event> userEvents = published("auth.user.v1", member.id().toString(), 3);
        assertThat(userEvents).extracting(KafkaTap.Event::type)
                .containsExactly("UserCreated", "UserUpdated", "UserDeactivated");
        var updated = userEvents.get(1).data();
        assertThat(updated.path("roles").toString()).isEqualTo("[\"STORE_KEEPER\",\"TECHNICIAN\"]");
        assertThat(updated.path("serviceCenterIds").toString()).isEqualTo("[\"" + center + "\"]");
        assertThat(published("auth.user.v1", org.adminId().toString(), 1).get(0).type()).isEqualTo("UserCreated");
    }

    /** The first {@code count} events of one aggregate, in order, each checked against its contract. */
    private static List<KafkaTap.Event> published(String topic, String aggregateId, int count) {
        return KafkaTap.on(topic).awaitKey(aggregateId, count).subList(0, count).stream()
                .map(e -> EventContracts.requirePublished("auth-service", e)).toList();
    }

    @Test
    void duplicatesAreRefusedNamingTheField() {
        Org org = newOrganization();
        TestHttp.Response sameName = as(root()).post("/api/v1/organizations", """
                {"name":"%s","admin":{"email":"x@%s.test","firstName":"X","lastName":"Y"}}"""
                .formatted(org.name().toUpperCase(), unique()));
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.<String>json("$.errors[0].field")).isEqualTo("name");

        TestHttp.Response sameEmail = as(org.admin()).post("/api/v1/users", """
                {"email":"%s","firstName":"X","lastName":"Y","roles":["STAFF"]}""".formatted(
                org.adminEmail().toUpperCase()));
        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.<String>json("$.errors[0].field")).isEqualTo("email");
    }

    @Test
    void theLastActiveOrgAdminCannotBeRemoved() {
        Org org = newOrganization();
        TestHttp.Response demote = as(org.admin()).put("/api/v1/users/" + org.adminId() + "/roles",
                "{\"roles\":[\"STAFF\"]}");
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.<String>json("$.code")).isEqualTo("last-org-admin");
        assertThat(as(org.admin()).post("/api/v1/users/" + org.adminId() + "/deactivate", null).status())
                .isEqualTo(409);

        newMember(org, "ORG_ADMIN");
        assertThat(as(org.admin()).put("/api/v1/users/" + org.adminId() + "/roles", "{\"roles\":[\"STAFF\"]}")
                .status()).isEqualTo(200);
    }

    @Test
    void usersAreListedPagedAndFiltered() {
        Org org = newOrganization();
        for (int i = 0; i < 3; i++) {
            newMember(org, "TECHNICIAN");
        }
        newMember(org, "ACCOUNTANT");
        TestHttp.Response page = as(org.admin()).get("/api/v1/users?role=TECHNICIAN&size=2&sort=email,desc");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.<Integer>json("$.page.totalElements")).isEqualTo(3);
        assertThat(page.<Integer>json("$.page.totalPages")).isEqualTo(2);
        List<String> emails = page.json("$.items[*].email");
        assertThat(emails).hasSize(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(as(org.admin()).get("/api/v1/users?q=admin@").<Integer>json("$.page.totalElements")).isEqualTo(1);
        assertThat(as(org.admin()).get("/api/v1/users?sort=password").status()).isEqualTo(400);
    }

    @Test
    void anOrganizationUserReadsOnlyTheirOwnOrganization() {
        Org org = newOrganization();
        Member staff = newMember(org, "STAFF");
        TestHttp.Response own = as(staff.token()).get("/api/v1/organizations/" + org.id());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.<String>json("$.name")).isEqualTo(org.name());
        assertThat(as(staff.token()).get("/api/v1/organizations/" + DEMO_ORG).status()).isEqualTo(404);
        assertThat(as(root()).get("/api/v1/organizations/" + DEMO_ORG).<String>json("$.name"))
                .isEqualTo("Demo Motors");
    }

    @Test
    void demoDataHasOneUserPerRoleWithTheDemoPassword() {
        Map<String, String> roles = Map.of("admin@demo-motors.local", "ORG_ADMIN",
                "advisor@demo-motors.local", "SERVICE_ADVISOR", "technician@demo-motors.local", "TECHNICIAN",
                "storekeeper@demo-motors.local", "STORE_KEEPER", "procurement@demo-motors.local",
                "PROCUREMENT_OFFICER", "accountant@demo-motors.local", "ACCOUNTANT");
        roles.forEach((email, role) -> {
            var claims = dev.pitlane.testsupport.TestTokens.claimsOf(login(email, "pitlane-demo").access());
            assertThat(claims.get("roles")).as(email).isEqualTo(List.of(role));
            assertThat(claims.get("org_id")).isEqualTo(DEMO_ORG.toString());
        });
        assertThat(dev.pitlane.testsupport.TestTokens.claimsOf(login("superadmin@pitlane.local", "pitlane-demo")
                .access()).get("roles")).isEqualTo(List.of("SUPER_ADMIN"));
    }
}
