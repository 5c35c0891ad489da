package dev.pitlane.billing.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.setup.domain.FinancialYear;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An organization and the people a test acts as, with the permissions auth-service's matrix gives their roles
 * (V7__billing_permissions.sql).
 */
public final class Org {

    /** A Pune center: Maharashtra, with a GSTIN whose check character is right. */
    public static final String CENTER_GSTIN = "27AAPFU0939F1ZV";
    public static final String KARNATAKA_GSTIN = "29AAACB1234C1ZB";

    private static final TestTokens TOKENS = TestTokens.issuer();
    private static final String[] ALL = {"billing:read", "billing:manage", "invoice:write", "invoice:issue",
            "payment:record", "refund:issue", "credit-note:issue", "sales-order:manage"};

    public final UUID id;
    public final UUID center = UUID.randomUUID();
    private final TestHttp http;

    Org(UUID id, TestHttp http) {
        this.id = id;
        this.http = http;
    }

    public TestHttp as(String subject, String role, String... permissions) {
        return http.withToken(TOKENS.user(id).subject(subject).roles(role).permissions(permissions).mint());
    }

    public TestHttp accountant() {
        return as("accountant-" + id, "ACCOUNTANT", ALL);
    }

    public TestHttp advisor() {
        return as("advisor-" + id, "SERVICE_ADVISOR", "billing:read", "invoice:write", "invoice:issue",
                "payment:record", "sales-order:manage");
    }

    /** Today's financial year in India, which an invoice issued now falls in. */
    public static FinancialYear currentYear() {
        return FinancialYear.of(LocalDate.now(ZoneId.of("Asia/Kolkata")));
    }

    /** Seller details for the center and an invoice series for this financial year: "PUN/<n>-" and 5 digits. */
    public Org withSeries(String prefix) {
        var seller = accountant().put("/api/v1/billing-centers/" + center, """
                {"legalName": "Pitlane Motors Pvt Ltd", "tradeName": "Pitlane Pune", "addressLine1": "14 FC Road",
                 "city": "Pune", "postalCode": "411004", "stateCode": "27", "gstin": "%s"}""".formatted(CENTER_GSTIN));
        assertThat(seller.status()).as(seller.body()).isEqualTo(200);
        var series = accountant().post("/api/v1/billing-centers/" + center + "/series", """
                {"documentType": "INVOICE", "financialYear": %d, "prefix": "%s", "numberWidth": 5}"""
                .formatted(currentYear().startYear(), prefix));
        assertThat(series.status()).as(series.body()).isEqualTo(201);
        return this;
    }

    /** A credit note series for this financial year beside the invoice series. */
    public Org withCreditNoteSeries(String prefix) {
        var series = accountant().post("/api/v1/billing-centers/" + center + "/series", """
                {"documentType": "CREDIT_NOTE", "financialYear": %d, "prefix": "%s", "numberWidth": 4}"""
                .formatted(currentYear().startYear(), prefix));
        assertThat(series.status()).as(series.body()).isEqualTo(201);
        return this;
    }

    /** A draft for a walk-in customer in Pune: 1.5 h labour at 850 and a brake pad set at 1,999.99 less 10 %. */
    public String draft() {
        var created = accountant().post("/api/v1/invoices", draftJson(UUID.randomUUID(), "Asha Rao"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json("$.id");
    }

    /** An issued invoice of the standard draft. */
    public String issued() {
        String id = draft();
        var issued = accountant().post("/api/v1/invoices/" + id + "/issue", "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return id;
    }

    public TestHttp.Response pay(String invoice, String method, String amount, String key) {
        return advisor().post("/api/v1/payments", """
                {"invoiceId": "%s", "method": "%s", "amount": %s, "reference": "ref-%s"}"""
                .formatted(invoice, method, amount, key), "Idempotency-Key", key);
    }

    public String draftJson(UUID customer, String recipientName) {
        return """
                {"serviceCenterId": "%s", "customerId": "%s",
                 "recipient": {"name": "%s", "addressLine1": "12 MG Road", "city": "Pune", "postalCode": "411001",
                               "stateCode": "27"},
                 "lines": [
                   {"kind": "LABOUR", "description": "General service", "hsnSac": "998714", "quantity": 1.5,
                    "unit": "HRS", "unitPrice": 850.00},
                   {"kind": "PART", "description": "Brake pad set", "hsnSac": "87083000", "quantity": 1,
                    "unit": "SET", "unitPrice": 1999.99, "discountPercent": 10}
                 ]}""".formatted(center, customer, recipientName);
    }
}
