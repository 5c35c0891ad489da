package dev.pitlane.e2e;

import dev.pitlane.devstack.Suite;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.pitlane.e2e.Flows.ANDHERI;
import static dev.pitlane.e2e.Flows.ANDHERI_STORE;
import static dev.pitlane.e2e.Flows.WHITEFIELD;
import static dev.pitlane.e2e.Flows.WHITEFIELD_STORE;
import static dev.pitlane.e2e.Flows.key;
import static dev.pitlane.e2e.Responses.assertProblem;
import static dev.pitlane.e2e.Responses.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what in procurement, as the tokens auth-service issues say, through the gateway: approvals by role,
 * service-center staff bound to their centers, organizations walled off from each other, and actions the status
 * does not allow.
 */
class ProcurementAccessE2eTest {

    /** Roles without an approval permission, each a demo user. */
    private static final List<String> NON_APPROVERS = List.of("storekeeper", "advisor", "technician", "accountant");

    private static Flows f;
    private static String supplier;

    @BeforeAll
    static void catalog() {
        f = new Flows();
        supplier = f.createSupplier();
    }

    /** A fresh item, so list filters by item see only this test's documents. */
    private static String item() {
        return f.createItem(f.pcsUnit(), "Access check part");
    }

    private static TestHttp as(String user) {
        return E2eSuite.as(user + "@demo-motors.local");
    }

    private static TestHttp.Response post(TestHttp as, String path) {
        return as.post(path, "{}", "Idempotency-Key", key());
    }

    private String submittedPurchaseOrder(TestHttp author, String item) {
        String po = f.draftPurchaseOrder(author, supplier, List.of(item), List.of(3), List.of("120.00"));
        ok(post(author, "/api/v1/purchase-orders/" + po + "/submit"), 200);
        return po;
    }

    @Test
    void onlyProcurementOfficersAndOrgAdminsApprovePurchaseOrders() {
        String item = item();
        String byOfficer = submittedPurchaseOrder(f.procurement, item);
        for (String user : NON_APPROVERS) {
            assertProblem(post(as(user), "/api/v1/purchase-orders/" + byOfficer + "/approve"), 403, "forbidden");
            assertProblem(as(user).post("/api/v1/purchase-orders/" + byOfficer + "/reject",
                    "{\"reason\":\"no\"}"), 403, "forbidden");
        }
        assertThat(ok(post(f.admin, "/api/v1/purchase-orders/" + byOfficer + "/approve"), 200)
                .<String>json("$.status")).isEqualTo("APPROVED");

        String byAdmin = submittedPurchaseOrder(f.admin, item);
        assertThat(ok(post(f.procurement, "/api/v1/purchase-orders/" + byAdmin + "/approve"), 200)
                .<String>json("$.status")).isEqualTo("APPROVED");
    }

    @Test
    void onlyProcurementOfficersAndOrgAdminsApprovePartsIssues() {
        String item = item();
        String first = f.requestPartsIssue(f.storekeeper, ANDHERI, ANDHERI_STORE, List.of(item), List.of(2));
        for (String user : NON_APPROVERS) {
            assertProblem(post(as(user), "/api/v1/parts-issues/" + first + "/approve"), 403, "forbidden");
        }
        assertThat(f.admin.get("/api/v1/parts-issues/" + first).<String>json("$.status")).isEqualTo("REQUESTED");
        assertThat(ok(post(f.procurement, "/api/v1/parts-issues/" + first + "/approve"), 200)
                .<String>json("$.status")).isEqualTo("APPROVAL_PENDING_STOCK");

        String second = f.requestPartsIssue(f.storekeeper, ANDHERI, ANDHERI_STORE, List.of(item), List.of(2));
        assertThat(ok(post(f.admin, "/api/v1/parts-issues/" + second + "/approve"), 200)
                .<String>json("$.status")).isEqualTo("APPROVAL_PENDING_STOCK");
    }

    @Test
    void serviceCenterStaffSeeOnlyTheirOwnCentersIssues() {
        String item = item();
        String andheri = f.requestPartsIssue(f.storekeeper, ANDHERI, ANDHERI_STORE, List.of(item), List.of(1));
        String whitefield = f.requestPartsIssue(f.storekeeper, WHITEFIELD, WHITEFIELD_STORE, List.of(item),
                List.of(1));
        TestHttp andheriTechnician = as("technician"); // the demo technician works at Andheri only
        TestHttp whitefieldTechnician = whitefieldTechnician();

        assertThat(issuesOf(f.storekeeper, item)).containsExactlyInAnyOrder(andheri, whitefield);
        assertThat(issuesOf(andheriTechnician, item)).containsExactly(andheri);
        assertThat(issuesOf(whitefieldTechnician, item)).containsExactly(whitefield);
        // asking for the other center by filter does not widen what the token allows
        assertThat(ok(andheriTechnician.get("/api/v1/parts-issues?itemId=" + item + "&serviceCenterId="
                + WHITEFIELD), 200).<List<Object>>json("$.items")).isEmpty();

        ok(andheriTechnician.get("/api/v1/parts-issues/" + andheri), 200);
        assertProblem(andheriTechnician.get("/api/v1/parts-issues/" + whitefield), 404, "not-found");
        assertProblem(andheriTechnician.get("/api/v1/parts-issues/" + whitefield + "/discrepancies"), 404,
                "not-found");
        assertProblem(whitefieldTechnician.get("/api/v1/parts-issues/" + andheri), 404, "not-found");
        ok(whitefieldTechnician.get("/api/v1/parts-issues/" + whitefield), 200);
        // and cannot act on it either, as if it did not exist
        assertProblem(andheriTechnician.post("/api/v1/parts-issues/" + whitefield + "/cancel",
                "{\"reason\":\"not ours\"}"), 404, "not-found");
        assertProblem(andheriTechnician.post("/api/v1/parts-issues", """
                {"serviceCenterId":"%s","fromLocationId":"%s","toLocationId":"%s","lines":[
                 {"itemId":"%s","sku":"X","description":"x","quantity":1}]}"""
                .formatted(WHITEFIELD, Flows.CENTRAL, WHITEFIELD_STORE, item)), 403, "service-center-forbidden");
    }

    private static List<String> issuesOf(TestHttp as, String item) {
        return ok(as.get("/api/v1/parts-issues?size=100&itemId=" + item), 200).json("$.items[*].id");
    }

    /** A technician bound to Whitefield, created by the organization's admin. */
    private static TestHttp whitefieldTechnician() {
        String email = "tech-" + UUID.randomUUID() + "@demo-motors.local";
        ok(f.admin.post("/api/v1/users", """
                {"email":"%s","firstName":"Kiran","lastName":"Rao","roles":["TECHNICIAN"],"serviceCenterIds":["%s"],
                 "password":"%s"}""".formatted(email, WHITEFIELD, Suite.DEMO_PASSWORD)), 201);
        return E2eSuite.gateway().withToken(E2eSuite.login(email));
    }

    @Test
    void anotherOrganizationsDocumentsAnswer404AsIfTheyDidNotExist() {
        String item = item();
        String po = submittedPurchaseOrder(f.procurement, item);
        String issue = f.requestPartsIssue(f.storekeeper, ANDHERI, ANDHERI_STORE, List.of(item), List.of(1));
        TestHttp other = otherOrganizationsAdmin();

        assertProblem(other.get("/api/v1/purchase-orders/" + po), 404, "not-found");
        assertProblem(other.get("/api/v1/suppliers/" + supplier), 404, "not-found");
        assertProblem(other.get("/api/v1/parts-issues/" + issue), 404, "not-found");
        assertProblem(post(other, "/api/v1/purchase-orders/" + po + "/approve"), 404, "not-found");
        assertProblem(post(other, "/api/v1/parts-issues/" + issue + "/approve"), 404, "not-found");
        assertThat(ok(other.get("/api/v1/purchase-orders?supplierId=" + supplier), 200)
                .<List<Object>>json("$.items")).isEmpty();
        assertThat(ok(other.get("/api/v1/parts-issues?itemId=" + item), 200).<List<Object>>json("$.items"))
                .isEmpty();
        // nor can it order from Demo Motors' supplier
        assertProblem(other.post("/api/v1/purchase-orders", """
                {"supplierId":"%s","deliveryLocationId":"%s","lines":[
                 {"itemId":"%s","sku":"X","description":"x","quantity":1,"unitPrice":1.00,"taxRate":18}]}"""
                .formatted(supplier, Flows.CENTRAL, item)), 422, "unknown-supplier");
        // the documents are untouched
        assertThat(f.admin.get("/api/v1/purchase-orders/" + po).<String>json("$.status"))
                .isEqualTo("PENDING_APPROVAL");
        assertThat(f.admin.get("/api/v1/parts-issues/" + issue).<String>json("$.status")).isEqualTo("REQUESTED");

        String theirs = ok(other.post("/api/v1/suppliers", """
                {"name":"Their supplier","paymentTermsDays":30,"leadTimeDays":7}"""), 201).json("$.id");
        assertProblem(f.admin.get("/api/v1/suppliers/" + theirs), 404, "not-found");
    }

    /** A new tenant made by the platform's super admin, and its first admin. */
    private static TestHttp otherOrganizationsAdmin() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "admin-" + suffix + "@other-motors.local";
        ok(E2eSuite.as(Suite.SUPER_ADMIN).post("/api/v1/organizations", """
                {"name":"Other Motors %s","admin":{"email":"%s","firstName":"Vikram","lastName":"Joshi",
                 "password":"%s"}}""".formatted(suffix, email, Suite.DEMO_PASSWORD)), 201);
        return E2eSuite.gateway().withToken(E2eSuite.login(email));
    }

    @Test
    void actionsTheStatusDoesNotAllowAre409Problems() {
        String item = item();
        String draft = f.draftPurchaseOrder(f.procurement, supplier, List.of(item), List.of(3), List.of("10.00"));
        String path = "/api/v1/purchase-orders/" + draft;
        assertProblem(post(f.admin, path + "/approve"), 409, "illegal-transition");
        assertProblem(post(f.procurement, path + "/order"), 409, "illegal-transition");
        String line = f.admin.get(path).json("$.lines[0].id");
        assertProblem(f.storekeeper.post(path + "/receipts", """
                {"lines":[{"lineId":"%s","receivedQuantity":1}]}""".formatted(line), "Idempotency-Key", key()),
                409, "illegal-transition");
        ok(f.procurement.post(path + "/cancel", "{\"reason\":\"not needed\"}"), 200);
        assertProblem(post(f.procurement, path + "/submit"), 409, "illegal-transition");

        String issue = f.requestPartsIssue(f.storekeeper, ANDHERI, ANDHERI_STORE, List.of(item), List.of(1));
        String issuePath = "/api/v1/parts-issues/" + issue;
        assertProblem(f.storekeeper.post(issuePath + "/dispatch", "{\"carrier\":\"Blue Dart\",\"trackingNumber\":"
                + "\"BD-" + issue + "\"}", "Idempotency-Key", key()), 409, "illegal-transition");
        String issueLine = f.admin.get(issuePath).json("$.lines[0].id");
        assertProblem(f.storekeeper.post(issuePath + "/receipts", """
                {"lines":[{"lineId":"%s","receivedQuantity":1}]}""".formatted(issueLine), "Idempotency-Key",
                key()), 409, "illegal-transition");
        ok(f.storekeeper.post(issuePath + "/cancel", "{\"reason\":\"found one in the store\"}"), 200);
        assertProblem(post(f.procurement, issuePath + "/approve"), 409, "illegal-transition");
        assertProblem(f.storekeeper.post(issuePath + "/cancel", "{\"reason\":\"again\"}"), 409,
                "illegal-transition");
        Map<String, Object> after = f.admin.get(issuePath).json("$");
        assertThat(after.get("status")).isEqualTo("CANCELLED");
    }
}
