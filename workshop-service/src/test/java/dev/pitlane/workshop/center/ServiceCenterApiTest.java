package dev.pitlane.workshop.center;

import dev.pitlane.workshop.support.WorkshopTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceCenterApiTest extends WorkshopTestBase {

    @Test
    void anAdministratorRegistersACenterWithItsHoursHolidaysAndBays() {
        var shop = newWorkshop();
        UUID andheri = UUID.fromString("7e57da7a-0000-4000-8000-000000000101");
        var created = shop.admin().post("/api/v1/service-centers", """
                {"id":"%s","code":"AND","name":"Demo Motors Andheri","address":"Andheri East, Mumbai",
                 "stateCode":"27","gstin":"27AAACD1234E1Z5","timeZone":"Asia/Kolkata","labourRate":1450.00,
                 "hours":[{"day":"MONDAY","from":"09:00","to":"18:00"},{"day":"SATURDAY","from":"09:00","to":"14:00"}]}
                """.formatted(andheri));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.<String>json("$.id")).isEqualTo(andheri.toString());
        assertThat(created.<Integer>json("$.slotMinutes")).isEqualTo(30);

        var holiday = shop.admin().post("/api/v1/service-centers/" + andheri + "/holidays",
                "{\"day\":\"2026-10-20\",\"name\":\"Diwali\"}");
        assertThat(holiday.status()).as(holiday.toString()).isEqualTo(200);
        assertThat(shop.admin().post("/api/v1/service-centers/" + andheri + "/holidays",
                "{\"day\":\"2026-10-20\",\"name\":\"Diwali\"}").<String>json("$.code")).isEqualTo("duplicate");
        shop.bay(andheri, "B2", "ALIGNMENT");
        shop.bay(andheri, "B1", "GENERAL");

        var read = shop.advisor().get("/api/v1/service-centers/" + andheri);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.<List<String>>json("$.hours[*].day")).containsExactly("MONDAY", "SATURDAY");
        assertThat(read.<List<String>>json("$.holidays[*].name")).containsExactly("Diwali");
        assertThat(shop.advisor().get("/api/v1/service-centers/" + andheri + "/bays").<List<String>>json("$[*].code"))
                .containsExactly("B1", "B2");
        assertThat(shop.advisor().get("/api/v1/service-centers").<Integer>json("$.page.totalElements")).isEqualTo(1);
    }

    @Test
    void refusesBadInputWithAProblemAndChangesNothing() {
        var shop = newWorkshop();
        UUID center = shop.center("WFD");

        var duplicate = shop.admin().post("/api/v1/service-centers", """
                {"code":"WFD","name":"Again","address":"x","stateCode":"29","timeZone":"Asia/Kolkata","labourRate":1}""");
        assertThat(duplicate.status()).isEqualTo(409);
        var wrongState = shop.admin().post("/api/v1/service-centers", """
                {"code":"BLR","name":"Whitefield","address":"x","stateCode":"29","gstin":"27AAACD1234E1Z5",
                 "timeZone":"Asia/Kolkata","labourRate":1}""");
        assertThat(wrongState.status()).isEqualTo(422);
        assertThat(wrongState.<String>json("$.code")).isEqualTo("gstin-state-mismatch");
        var badHours = shop.admin().put("/api/v1/service-centers/" + center + "/hours",
                "[{\"day\":\"MONDAY\",\"from\":\"18:00\",\"to\":\"09:00\"}]");
        assertThat(badHours.status()).as(badHours.toString()).isIn(400, 422);
        var longCode = shop.admin().post("/api/v1/service-centers", """
                {"code":"ANDH","name":"x","address":"x","stateCode":"27","timeZone":"Asia/Kolkata","labourRate":1}""");
        assertThat(longCode.status()).isEqualTo(400);

        assertThat(shop.admin().get("/api/v1/service-centers").<Integer>json("$.page.totalElements")).isEqualTo(1);
        assertThat(shop.admin().get("/api/v1/service-centers/" + center).<List<Object>>json("$.hours")).hasSize(7);
    }

    @Test
    void aStaleVersionIsAConflict() {
        var shop = newWorkshop();
        UUID center = shop.center("KOL");
        int read = shop.admin().get("/api/v1/service-centers/" + center).<Integer>json("$.version");
        String update = """
                {"name":"Kolkata","address":"Salt Lake","stateCode":"19","timeZone":"Asia/Kolkata","labourRate":999.50,
                 "slotMinutes":15,"version":%d}""";
        var first = shop.admin().put("/api/v1/service-centers/" + center, update.formatted(read));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.<Integer>json("$.slotMinutes")).isEqualTo(15);
        assertThat(first.<Integer>json("$.version")).isEqualTo(read + 1)
                .isEqualTo(shop.admin().get("/api/v1/service-centers/" + center).<Integer>json("$.version"));
        var stale = shop.admin().put("/api/v1/service-centers/" + center, update.formatted(read));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void onlyAdministratorsChangeMasterDataAndOtherTenantsSeeNothing() {
        var shop = newWorkshop();
        UUID center = shop.center("PNQ");
        var byAdvisor = shop.advisor().post("/api/v1/service-centers/" + center + "/bays",
                "{\"code\":\"B9\",\"type\":\"GENERAL\"}");
        assertThat(byAdvisor.status()).isEqualTo(403);

        var stranger = newWorkshop();
        assertThat(stranger.admin().get("/api/v1/service-centers/" + center).status()).isEqualTo(404);
        assertThat(stranger.admin().get("/api/v1/service-centers").<Integer>json("$.page.totalElements")).isZero();
        assertThat(stranger.admin().post("/api/v1/service-centers/" + center + "/bays",
                "{\"code\":\"B9\",\"type\":\"GENERAL\"}").status()).isEqualTo(404);
    }

    @Test
    void cannedJobsCarryTheirHoursSacAndBayType() {
        var shop = newWorkshop();
        UUID job = shop.cannedJob("PMS-10K", "2.50");
        var read = shop.advisor().get("/api/v1/canned-jobs/" + job);
        assertThat(read.<Map<String, Object>>json("$")).containsEntry("code", "PMS-10K").containsEntry("sac", "998714")
                .containsEntry("bayType", "GENERAL");
        assertThat(read.<Double>json("$.standardHours")).isEqualTo(2.5);
        assertThat(shop.advisor().get("/api/v1/canned-jobs").<Integer>json("$.page.totalElements")).isEqualTo(1);
        assertThat(newWorkshop().admin().get("/api/v1/canned-jobs/" + job).status()).isEqualTo(404);
    }
}
