package dev.pitlane.customer.bulk.application;

import dev.pitlane.customer.common.domain.Violations;
import dev.pitlane.customer.customer.domain.Address;
import dev.pitlane.customer.customer.domain.CustomerDetails;
import dev.pitlane.customer.customer.domain.CustomerInput;
import dev.pitlane.customer.vehicle.domain.VehicleInput;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of the import and export files: a customer, and optionally one of its vehicles, per row. A customer
 * with several vehicles takes a row per vehicle, repeating the customer.
 */
public final class ImportColumns {

    public static final List<String> ALL = List.of("type", "name", "phone", "alternatePhone", "email", "gstin",
            "smsConsent", "emailConsent", "addressLabel", "addressLine1", "addressLine2", "city", "state",
            "postalCode", "country", "notes", "vin", "registrationNumber", "make", "model", "variant", "year", "fuel",
            "odometerKm");
    static final Set<String> VEHICLE = Set.of("vin", "registrationnumber", "make", "model", "variant", "year", "fuel",
            "odometerkm");
    private static final Set<String> KNOWN = Set.copyOf(ALL.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());

    private ImportColumns() {
    }

    static List<String> unknown(Sheet sheet) {
        return sheet.header().stream().filter(h -> !h.isBlank() && !KNOWN.contains(h)).toList();
    }

    static CustomerInput customer(Sheet.Row row, Violations v) {
        String line1 = row.get("addressline1");
        List<Address> addresses = blank(line1) && blank(row.get("city")) ? List.of()
                : List.of(new Address(blank(row.get("addresslabel")) ? null : row.get("addresslabel"), line1,
                row.get("addressline2"), row.get("city"), row.get("state"), row.get("postalcode"), row.get("country")));
        return new CustomerInput(blank(row.get("type")) ? "INDIVIDUAL" : row.get("type"), row.get("name"),
                row.get("phone"), row.get("alternatephone"), row.get("email"), row.get("gstin"), addresses,
                bool(row, "smsconsent", v), bool(row, "emailconsent", v), row.get("notes"));
    }

    /** The row's vehicle, or null when it names none. */
    static VehicleInput vehicle(Sheet.Row row, Violations v) {
        boolean any = VEHICLE.stream().anyMatch(c -> !blank(row.get(c)));
        if (!any) {
            return null;
        }
        return new VehicleInput(row.get("vin"), row.get("registrationnumber"), row.get("make"), row.get("model"),
                row.get("variant"), integer(row, "year", v), row.get("fuel"));
    }

    static Integer odometer(Sheet.Row row, Violations v) {
        return integer(row, "odometerkm", v);
    }

    /**
     * A stored customer changed only where the file has a column: a file without an e-mail column leaves e-mails
     * alone, and the file's address replaces the first address only.
     */
    static CustomerDetails merge(CustomerDetails file, CustomerDetails stored, Sheet sheet) {
        List<Address> addresses = stored.addresses();
        if (sheet.has("addressline1")) {
            if (file.addresses().isEmpty()) {
                addresses = addresses.isEmpty() ? addresses : addresses.subList(1, addresses.size());
            } else {
                java.util.ArrayList<Address> merged = new java.util.ArrayList<>(addresses);
                if (merged.isEmpty()) {
                    merged.add(file.addresses().get(0));
                } else {
                    merged.set(0, file.addresses().get(0));
                }
                addresses = merged;
            }
        }
        return new CustomerDetails(sheet.has("type") ? file.type() : stored.type(), file.name(), file.phone(),
                sheet.has("alternatephone") ? file.alternatePhone() : stored.alternatePhone(),
                sheet.has("email") ? file.email() : stored.email(), sheet.has("gstin") ? file.gstin() : stored.gstin(),
                addresses, sheet.has("smsconsent") ? file.smsConsent() : stored.smsConsent(),
                sheet.has("emailconsent") ? file.emailConsent() : stored.emailConsent(),
                sheet.has("notes") ? file.notes() : stored.notes());
    }

    private static Boolean bool(Sheet.Row row, String column, Violations v) {
        String value = row.get(column);
        if (blank(value)) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                v.add(display(column), "Boolean", "must be true or false");
                yield false;
            }
        };
    }

    private static Integer integer(Sheet.Row row, String column, Violations v) {
        String value = row.get(column);
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            v.add(display(column), "Integer", "must be a whole number");
            return null;
        }
    }

    private static String display(String column) {
        return ALL.stream().filter(c -> c.equalsIgnoreCase(column)).findFirst().orElse(column);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
