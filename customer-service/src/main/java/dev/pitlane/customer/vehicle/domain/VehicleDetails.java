package dev.pitlane.customer.vehicle.domain;

import dev.pitlane.customer.common.domain.Violations;

import java.time.Year;
import java.util.Locale;

/** A vehicle's own data once every rule holds; a vehicle is known by its VIN, its plate, or both. */
public record VehicleDetails(String vin, String registrationNumber, String make, String model, String variant,
                             Integer year, FuelType fuel) {

    public static final int FIRST_YEAR = 1900;

    public static VehicleDetails from(VehicleInput in, boolean verifyVinCheckDigit, Year thisYear) {
        Violations v = new Violations();
        VehicleDetails details = check(in, verifyVinCheckDigit, thisYear, v);
        v.throwIfAny();
        return details;
    }

    public static VehicleDetails check(VehicleInput in, boolean verifyVinCheckDigit, Year thisYear, Violations v) {
        String vin = blank(in.vin()) ? null : v.check("vin", in.vin(), raw -> Vin.normalize(raw, verifyVinCheckDigit));
        String registration = blank(in.registrationNumber()) ? null
                : v.check("registrationNumber", in.registrationNumber(), RegistrationNumber::normalize);
        if (blank(in.vin()) && blank(in.registrationNumber())) {
            v.add("vin", "Identified", "a vehicle needs a VIN or a registration number");
        }
        String make = v.text("make", in.make(), true, 60);
        String model = v.text("model", in.model(), true, 60);
        String variant = v.text("variant", in.variant(), false, 60);
        if (in.year() != null && (in.year() < FIRST_YEAR || in.year() > thisYear.getValue() + 1)) {
            v.add("year", "Range", "must be between " + FIRST_YEAR + " and " + (thisYear.getValue() + 1));
        }
        FuelType fuel = null;
        if (!blank(in.fuel())) {
            try {
                fuel = FuelType.valueOf(in.fuel().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("fuel", "Invalid", "must be one of " + java.util.Arrays.toString(FuelType.values()));
            }
        }
        return new VehicleDetails(vin, registration, make, model, variant, in.year(), fuel);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
