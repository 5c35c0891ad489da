package dev.pitlane.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.support.BillingTestBase;
import dev.pitlane.billing.support.Org;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoiceApiTest extends BillingTestBase {

    @Test
    void aDraftIsTaxedByTheGstModuleAndAddsUpToTheRupee() {
        Org org = newOrg().withSeries("PUN-");

        var draft = org.accountant().get("/api/v1/invoices/" + org.draft());

        assertThat(draft.<String>json("$.status")).isEqualTo("DRAFT");
        assertThat(draft.<String>json("$.number")).isNull();
        assertThat(draft.<String>json("$.supplyType")).isEqualTo("INTRA_STATE");
        assertThat(draft.<String>json("$.placeOfSupply.printed")).isEqualTo("27-Maharashtra");
        assertThat(amount(draft.json("$.totals.taxableValue"))).isEqualByComparingTo("3074.99");
        assertThat(amount(draft.json("$.totals.cgst"))).isEqualByComparingTo(amount(draft.json("$.totals.sgst")));
        BigDecimal sum = amount(draft.json("$.totals.taxableValue")).add(amount(draft.json("$.totals.cgst")))
                .add(amount(draft.json("$.totals.sgst"))).add(amount(draft.json("$.totals.roundOff")));
        assertThat(sum).isEqualByComparingTo(amount(draft.json("$.totals.grandTotal")));
        assertThat(amount(draft.json("$.totals.grandTotal")).stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        assertThat(draft.<List<Object>>json("$.lines")).hasSize(2);
    }

    @Test
    void issuingGivesTheNextNumberOfTheSeriesAndEveryRule46Field() {
        Org org = newOrg().withSeries("PUN/A-");
        String first = org.draft();
        String second = org.draft();

        var issued = org.advisor().post("/api/v1/invoices/" + second + "/issue", "");
        var issuedToo = org.advisor().post("/api/v1/invoices/" + first + "/issue", "");

        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.<String>json("$.number")).isEqualTo("PUN/A-00001");
        assertThat(issuedToo.<String>json("$.number")).isEqualTo("PUN/A-00002");
        assertThat(issued.<String>json("$.status")).isEqualTo("ISSUED");
        assertThat(issued.<String>json("$.invoiceDate")).isNotNull();
        assertThat(issued.<String>json("$.supplier.gstin")).isEqualTo(Org.CENTER_GSTIN);
        assertThat(issued.<String>json("$.supplier.name")).isEqualTo("Pitlane Motors Pvt Ltd");
        assertThat(issued.<String>json("$.supplier.stateName")).isEqualTo("Maharashtra");
        assertThat(issued.<String>json("$.recipient.name")).isEqualTo("Asha Rao");
        assertThat(issued.<String>json("$.recipient.addressLine1")).isEqualTo("12 MG Road");
        assertThat(issued.<Boolean>json("$.reverseCharge")).isFalse();
        assertThat(issued.<String>json("$.lines[1].hsnSac")).isEqualTo("87083000");
        assertThat(issued.<String>json("$.lines[1].unit")).isEqualTo("SET");
        assertThat(amount(issued.json("$.lines[1].gstRate"))).isEqualByComparingTo("18");
        assertThat(amount(issued.json("$.due"))).isEqualByComparingTo(amount(issued.json("$.totals.grandTotal")));
    }

    @Test
    void anIssuedInvoiceIsNeverEditedNorIssuedAgain() {
        Org org = newOrg().withSeries("PUN-");
        String id = org.draft();
        org.accountant().post("/api/v1/invoices/" + id + "/issue", "");
        long version = ((Number) org.accountant().get("/api/v1/invoices/" + id).json("$.version")).longValue();

        var change = org.accountant().put("/api/v1/invoices/" + id,
                withVersion(org.draftJson(UUID.randomUUID(), "Someone Else"), version));
        var again = org.accountant().post("/api/v1/invoices/" + id + "/issue", "");

        assertThat(change.status()).isEqualTo(409);
        assertThat(change.<String>json("$.code")).isEqualTo("invoice.not-draft");
        assertThat(again.status()).isEqualTo(409);
        assertThat(org.accountant().get("/api/v1/invoices/" + id).<String>json("$.recipient.name"))
                .isEqualTo("Asha Rao");
    }

    @Test
    void aDraftChangesUntilIssuedAndAStaleVersionIsRefused() {
        Org org = newOrg().withSeries("PUN-");
        String id = org.draft();
        long version = ((Number) org.accountant().get("/api/v1/invoices/" + id).json("$.version")).longValue();

        var changed = org.accountant().put("/api/v1/invoices/" + id,
                withVersion(org.draftJson(UUID.randomUUID(), "Asha R. Rao"), version));
        var stale = org.accountant().put("/api/v1/invoices/" + id,
                withVersion(org.draftJson(UUID.randomUUID(), "Lost Update"), version));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.<String>json("$.recipient.name")).isEqualTo("Asha R. Rao");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.<String>json("$.code")).isEqualTo("concurrent-modification");
    }

    @Test
    void aDraftWithoutARecipientNameOrASeriesIsNotIssuedAndBurnsNoNumber() {
        Org org = newOrg().withSeries("PUN-");
        var nameless = org.accountant().post("/api/v1/invoices", org.draftJson(UUID.randomUUID(), ""));
        String good = org.draft();

        var refused = org.accountant().post("/api/v1/invoices/" + nameless.json("$.id") + "/issue", "");
        var issued = org.accountant().post("/api/v1/invoices/" + good + "/issue", "");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.<String>json("$.code")).isEqualTo("invoice.recipient-name-missing");
        assertThat(issued.<String>json("$.number")).isEqualTo("PUN-00001");

        Org noSeries = newOrg();
        noSeries.accountant().put("/api/v1/billing-centers/" + noSeries.center, """
                {"legalName": "X", "addressLine1": "1 Road", "city": "Pune", "postalCode": "411004",
                 "stateCode": "27", "gstin": "%s"}""".formatted(Org.CENTER_GSTIN));
        var missing = noSeries.accountant().post("/api/v1/invoices/" + noSeries.draft() + "/issue", "");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.<String>json("$.code")).isEqualTo("series.missing");
    }

    @Test
    void aRegisteredRecipientInAnotherStateIsChargedIgst() {
        Org org = newOrg().withSeries("PUN-");
        String json = org.draftJson(UUID.randomUUID(), "Bharat Logistics")
                .replace("\"stateCode\": \"27\"", "\"stateCode\": \"29\", \"gstin\": \"" + Org.KARNATAKA_GSTIN + "\"");

        var draft = org.accountant().post("/api/v1/invoices", json);

        assertThat(draft.<String>json("$.supplyType")).isEqualTo("INTER_STATE");
        assertThat(draft.<String>json("$.placeOfSupply.printed")).isEqualTo("29-Karnataka");
        assertThat(amount(draft.json("$.totals.cgst"))).isEqualByComparingTo("0");
        assertThat(amount(draft.json("$.totals.igst"))).isPositive();
    }

    @Test
    void aLineTheGstModuleRefusesIsA422WithItsCode() {
        Org org = newOrg().withSeries("PUN-");

        var bad = org.accountant().post("/api/v1/invoices",
                org.draftJson(UUID.randomUUID(), "Asha Rao").replace("87083000", "8"));

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.<String>json("$.code")).isEqualTo("gst.invalid-hsn-sac");
    }

    @Test
    void anotherOrganizationsInvoiceIsNotFoundAndReadingNeedsThePermission() {
        Org org = newOrg().withSeries("PUN-");
        String id = org.draft();

        assertThat(newOrg().accountant().get("/api/v1/invoices/" + id).status()).isEqualTo(404);
        assertThat(org.as("clerk", "STAFF", "customer:read").get("/api/v1/invoices/" + id).status()).isEqualTo(403);
        assertThat(org.advisor().get("/api/v1/invoices?status=DRAFT").<Integer>json("$.page.totalElements"))
                .isEqualTo(1);
    }

    private static String withVersion(String json, long version) {
        return json.substring(0, json.lastIndexOf('}')) + ", \"version\": " + version + "}";
    }

    private static BigDecimal amount(Object json) {
        return new BigDecimal(String.valueOf(json));
    }
}
