package dev.pitlane.customer.vehicle.web;

import dev.pitlane.customer.vehicle.domain.VehicleInput;
import dev.pitlane.customer.vehicle.domain.VehicleStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.UUID;

/** The request bodies of the vehicle endpoints. */
final class VehicleRequests {

    private VehicleRequests() {
    }

    @Schema(example = """
            {"customerId":"0d5e3c1a-8f7b-4c2e-9a51-2b6f0e4d7c10","vin":"MA3EWDE1S00123456","registrationNumber":"MH 02 AB 1234",
             "make":"Maruti Suzuki","model":"Swift","variant":"ZXi","year":2022,"fuel":"PETROL","odometerKm":12500}""")
    record Register(@NotNull UUID customerId, String vin, String registrationNumber, String make, String model,
                    String variant, Integer year, @Schema(allowableValues = {"PETROL", "DIESEL", "CNG", "LPG",
            "ELECTRIC", "HYBRID"}) String fuel, Integer odometerKm) {
        VehicleInput input() {
            return new VehicleInput(vin, registrationNumber, make, model, variant, year, fuel);
        }
    }

    record Update(String vin, String registrationNumber, String make, String model, String variant, Integer year,
                  String fuel, @NotNull Long version) {
        VehicleInput input() {
            return new VehicleInput(vin, registrationNumber, make, model, variant, year, fuel);
        }
    }

    record Transfer(@NotNull UUID customerId, String note) {
    }

    record StatusChange(@NotNull VehicleStatus status) {
    }

    @Schema(example = "{\"readingKm\":23150,\"correction\":false}")
    record Reading(@NotNull Integer readingKm, Instant recordedAt, Boolean correction, String note) {
        boolean isCorrection() {
            return Boolean.TRUE.equals(correction);
        }
    }
}
