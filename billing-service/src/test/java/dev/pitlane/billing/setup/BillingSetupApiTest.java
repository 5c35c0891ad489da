package dev.pitlane.billing.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.support.BillingTestBase;
import dev.pitlane.billing.support.Org;
import org.junit.jupiter.api.Test;

class BillingSetupApiTest extends BillingTestBase {

    @Test
    void aCenterGetsItsSellerDetailsAndASeriesWhoseFirstNumberIsShown() {
        Org org = newOrg().withSeries("PUN/INV-");

        var center = org.advisor().get("/api/v1/billing-centers/" + org.center);
        var series = org.advisor().get("/api/v1/billing-centers/" + org.center + "/series");

        assertThat(center.status()).isEqualTo(200);
        assertThat(center.<String>json("$.stateName")).isEqualTo("Maharashtra");
        assertThat(series.<String>json("$[0].example")).isEqualTo("PUN/INV-00001");
        assertThat(series.<String>json("$[0].financialYearLabel")).isEqualTo(Org.currentYear().label());
    }

    @Test
    void aGstinWithAWrongCheckCharacterOrFromAnotherStateIsRefused() {
        Org org = newOrg();
        String body = """
                {"legalName": "X", "addressLine1": "1 Road", "city": "Pune", "postalCode": "411004",
                 "stateCode": "27", "gstin": "%s"}""";

        var forged = org.accountant().put("/api/v1/billing-centers/" + org.center, body.formatted("27AAPFU0939F1ZW"));
        var elsewhere = org.accountant().put("/api/v1/billing-centers/" + org.center,
                body.formatted(Org.KARNATAKA_GSTIN));

        assertThat(forged.status()).isEqualTo(422);
        assertThat(forged.<String>json("$.code")).isEqualTo("gst.invalid-gstin");
        assertThat(elsewhere.<String>json("$.code")).isEqualTo("billing-center.gstin-state-mismatch");
        assertThat(org.accountant().get("/api/v1/billing-centers/" + org.center).status()).isEqualTo(404);
    }

    @Test
    void aSeriesWhoseNumbersWouldLeaveNoRoomForAnAmendmentIsRefusedAtSetUp() {
        Org org = newOrg().withSeries("PUN-");

        var tooLong = org.accountant().post("/api/v1/billing-centers/" + org.center + "/series", """
                {"documentType": "CREDIT_NOTE", "financialYear": 2030, "prefix": "PUNE/CN/30-31/", "numberWidth": 3}""");
        var badCharacters = org.accountant().post("/api/v1/billing-centers/" + org.center + "/series", """
                {"documentType": "CREDIT_NOTE", "financialYear": 2030, "prefix": "CN 30", "numberWidth": 3}""");

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.<String>json("$.code")).isEqualTo("series.number-too-long");
        assertThat(badCharacters.<String>json("$.code")).isEqualTo("series.invalid-prefix");
    }

    @Test
    void aSecondSeriesForTheSameYearOrAPrefixTakenThatYearIsADuplicate() {
        Org org = newOrg().withSeries("PUN-");

        var again = org.accountant().post("/api/v1/billing-centers/" + org.center + "/series", """
                {"documentType": "INVOICE", "financialYear": %d, "prefix": "PUN2-", "numberWidth": 5}"""
                .formatted(Org.currentYear().startYear()));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.<String>json("$.errors[0].field")).isEqualTo("financialYear");
    }

    @Test
    void onlyWhoManagesBillingSetsItUp() {
        Org org = newOrg();

        var byAdvisor = org.advisor().put("/api/v1/billing-centers/" + org.center, """
                {"legalName": "X", "addressLine1": "1 Road", "city": "Pune", "postalCode": "411004",
                 "stateCode": "27", "gstin": "%s"}""".formatted(Org.CENTER_GSTIN));

        assertThat(byAdvisor.status()).isEqualTo(403);
    }
}
